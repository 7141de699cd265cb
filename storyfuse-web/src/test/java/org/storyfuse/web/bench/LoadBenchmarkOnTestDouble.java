package org.storyfuse.web.bench;

import java.util.List;
import org.storyfuse.web.TestStores;

/**
 * Runs the load benchmark on the in-memory test double, to try the benchmark itself (its numbers
 * are not the product's: the double re-clusters every article on each post). Arguments:
 * concurrency, warm-up requests, measured GETs, measured POSTs, preloaded articles.
 */
public final class LoadBenchmarkOnTestDouble {

  private LoadBenchmarkOnTestDouble() {}

  public static void main(String[] args) throws Exception {
    ServerLoadBenchmark.Options options = new ServerLoadBenchmark.Options(Integer.parseInt(args[0]),
        Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
        12, 42);
    List<ServerLoadBenchmark.Row> rows =
        ServerLoadBenchmark.run(TestStores.withoutAnalysis(), ServerLoadBenchmarkTest.seeds(), options);
    System.out.print(ServerLoadBenchmark.table(rows));
  }
}
