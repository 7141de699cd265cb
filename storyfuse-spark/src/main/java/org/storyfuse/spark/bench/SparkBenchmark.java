package org.storyfuse.spark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.storyfuse.spark.SparkBriefJob;
import org.storyfuse.spark.SparkContexts;

/**
 * Runs the brief job once per master on the same inputs and measures it: wall time, articles/s,
 * Spark's task metrics per phase ({@link TaskTotals}), and the JVM's peak heap. In local mode the
 * driver and its executors are one JVM, so "driver" and "executor" peaks are one number; on a
 * cluster Spark's own executor metrics (event log, UI) give them apart.
 */
public final class SparkBenchmark {

  /** One run's numbers. */
  public record Run(String master, long articles, long stories, double wallSeconds, double cpuSeconds,
      long peakHeapBytes, long shuffleWriteBytes, Map<String, Long> phaseMillis, Map<String, TaskTotals.Totals> phases,
      Map<String, Long> counts) {

    public double articlesPerSecond() {
      return articles / wallSeconds;
    }

    public double shuffleBytesPer1000() {
      return articles == 0 ? 0 : shuffleWriteBytes * 1000.0 / articles;
    }
  }

  private SparkBenchmark() {}

  public static Run run(String master, SparkBriefJob.Options options) throws IOException {
    Path out = Files.createTempDirectory("storyfuse-bench-spark-");
    Files.delete(out);
    SparkBriefJob.Options o = new SparkBriefJob.Options(options.inputs(), out.toString(), options.level(),
        options.analysis(), options.words(), options.parquet(), options.maxKeyDocuments(), options.margin(),
        options.fuse(), null);
    TaskTotals totals = new TaskTotals();
    SparkBriefJob.clearCaches(); // every master embeds its sentences itself: no run reuses another's vectors
    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    SparkBriefJob.Summary summary;
    try (JavaSparkContext sc = SparkContexts.open("storyfuse bench spark", master)) {
      sc.sc().addSparkListener(totals);
      summary = SparkBriefJob.run(sc, o);
    } finally {
      deleteTree(out);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    return new Run(master, summary.counts().get("articles"), summary.counts().get("stories"), wall,
        totals.cpuNanos() / 1e9, peakHeap(), totals.shuffleWriteBytes(), summary.phaseMillis(), totals.byPhase(),
        summary.counts());
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Sum of the heap pools' peaks since the reset: an upper bound of the peak heap in use. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Warms the models (analysis, embeddings) on a few inputs so that no measured run pays for loading them. */
  public static void warmUp(String master, SparkBriefJob.Options options, List<String> someInputs) throws IOException {
    run(master, new SparkBriefJob.Options(someInputs, "unused", options.level(), options.analysis(), options.words(),
        false, options.maxKeyDocuments(), options.margin(), options.fuse(), null));
  }
}
