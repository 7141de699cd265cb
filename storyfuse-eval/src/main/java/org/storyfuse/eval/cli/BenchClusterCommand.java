package org.storyfuse.eval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.bench.ClusterBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = "Times incremental story clustering per article on synthetic news streams of growing size "
        + "(384-d vectors around story centres, Zipf entities and terms): µs per article, heap per story. "
        + "1M articles needs STORYFUSE_JAVA_OPTS=-Xmx4g.")
final class BenchClusterCommand implements Callable<Integer> {

  @Option(names = "--articles", split = ",", paramLabel = "N[,N...]",
      description = "stream sizes (default: ${DEFAULT-VALUE})")
  List<Integer> sizes = List.of(1_000, 10_000, 100_000);

  @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Override
  public Integer call() {
    List<ClusterBenchmark.Row> rows = new ArrayList<>();
    for (int n : sizes) {
      rows.add(ClusterBenchmark.run(n, seed));
      System.out.print(ClusterBenchmark.table(rows)); // each row as it completes: big sizes take minutes
      System.out.println();
    }
    return 0;
  }
}
