package org.storyfuse.spark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.spark.SparkBriefJob;
import org.storyfuse.spark.bench.SparkBenchmark;
import org.storyfuse.spark.bench.TaskTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfuse bench spark}: the brief job per Spark master on the same pages. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Spark brief job once per master (local[1], local[2]) on the same inputs, after a warm-up that "
          + "loads the models, and prints articles/s, the scaling ratio, peak heap, shuffle bytes per 1,000 "
          + "articles and per phase: wall s, executor CPU s and shuffle MB (docs/SCALE.md)."
    })
final class BenchSparkCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "inputs as for brief (default: WCXB dev pages and the MultiLing articles in ../shared/data)")
  List<String> inputs = List.of("../shared/data/wcxb-dev/html", "../shared/data/multiling2011-articles.jsonl");

  @Option(names = "--masters", split = ",", paramLabel = "MASTER",
      description = "Spark masters to compare (default: local[1],local[2])")
  List<String> masters = List.of("local[1]", "local[2]");

  @Option(names = "--analysis", paramLabel = "LEVEL", description = "full, fast, rapid, lean or off (default: ${DEFAULT-VALUE})")
  String analysis = "rapid";

  @Option(names = "--warmup", paramLabel = "PATH", description = "input of the warm-up run (default: the MultiLing articles)")
  String warmup = "../shared/data/multiling2011-articles.jsonl";

  @Override
  public Integer call() throws Exception {
    SparkBriefJob.Options options = SparkBriefJob.Options.defaults(inputs, "unused")
        .withAnalysis(SparkBriefCommand.profile(analysis));
    System.err.println("storyfuse: bench spark: warming up (models load once per JVM)…");
    SparkBenchmark.warmUp(masters.get(0), options, List.of(warmup));
    List<SparkBenchmark.Run> runs = new ArrayList<>();
    for (String master : masters) {
      System.err.println("storyfuse: bench spark: " + master + "…");
      runs.add(SparkBenchmark.run(master, options));
    }
    System.out.printf("| master | articles | stories | wall s | articles/s | scaling | executor CPU s | peak heap MB | shuffle KB / 1,000 articles |%n");
    System.out.printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|%n");
    double base = runs.get(0).articlesPerSecond();
    for (SparkBenchmark.Run r : runs) {
      System.out.printf("| %s | %d | %d | %.1f | %.2f | ×%.2f | %.1f | %d | %.0f |%n", r.master(), r.articles(),
          r.stories(), r.wallSeconds(), r.articlesPerSecond(), r.articlesPerSecond() / base, r.cpuSeconds(),
          r.peakHeapBytes() >> 20, r.shuffleBytesPer1000() / 1024);
    }
    for (SparkBenchmark.Run r : runs) {
      System.out.printf("%n%s, per phase (%d articles):%n%n", r.master(), r.articles());
      System.out.printf("| phase | wall s | executor CPU s | CPU ms / article | tasks | shuffle write MB | shuffle read MB |%n");
      System.out.printf("|---|---:|---:|---:|---:|---:|---:|%n");
      for (Map.Entry<String, Long> p : r.phaseMillis().entrySet()) {
        TaskTotals.Totals t = r.phases().getOrDefault(p.getKey(), new TaskTotals.Totals());
        System.out.printf("| %s | %.1f | %.1f | %.2f | %d | %.2f | %.2f |%n", p.getKey(), p.getValue() / 1000.0,
            t.cpuNanos / 1e9, t.cpuNanos / 1e6 / Math.max(1, r.articles()), t.tasks, t.shuffleWriteBytes / 1e6,
            t.shuffleReadBytes / 1e6);
      }
      System.out.printf("%ncounts: %s%n", r.counts());
    }
    return 0;
  }
}
