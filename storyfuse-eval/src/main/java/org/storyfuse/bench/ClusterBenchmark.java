package org.storyfuse.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.storyfuse.eval.ClusteringScores;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.cluster.IncrementalStoryClusterer;

/**
 * Per-article cost and memory of {@link IncrementalStoryClusterer#assign} — both levels: the
 * article's event, and for a new event its storyline — with the shipped join model, on a synthetic
 * stream ({@link SyntheticNews}: 2,000 articles a day, 384-d vectors, Zipf entities and terms). Only
 * the assign call is timed, not the generation of the features.
 */
public final class ClusterBenchmark {

  /**
   * One run.
   *
   * @param articles      articles streamed
   * @param stories       events at the end (after online merges)
   * @param activeStories events still in the candidate indexes at the end
   * @param storylines    storylines at the end (they never expire)
   * @param p50Micros     median assign time, µs
   * @param meanMicros    mean assign time, µs
   * @param p99Micros     99th percentile assign time, µs
   * @param heapMb        heap held by the clusterer at the end (after GC), MB
   * @param bytesPerStory that heap divided by stories (memberships of expired stories included)
   * @param cpuMeanMicros mean CPU time of the assigning thread per article, µs (steadier than wall
   *                      time on a shared machine)
   * @param bcubedF1      B-cubed F1 against the generator's stories
   * @param seconds       wall time of the whole run, generation included
   */
  public record Row(int articles, int stories, int activeStories, int storylines, double p50Micros, double meanMicros,
      double p99Micros, double cpuMeanMicros, double heapMb, double bytesPerStory, double bcubedF1, double seconds) {}

  private ClusterBenchmark() {}

  public static List<Row> run(int[] sizes, long seed) {
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      rows.add(run(n, seed));
    }
    return rows;
  }

  /** Streams {@code articles} synthetic articles through a fresh clusterer with {@link ClusterParams#DEFAULT}. */
  public static Row run(int articles, long seed) {
    long wallStart = System.nanoTime();
    long heapBefore = usedHeapAfterGc();
    IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(ClusterParams.DEFAULT);
    SyntheticNews stream = new SyntheticNews(articles, seed);
    long[] nanos = new long[articles];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    int i = 0;
    List<String> ids = new ArrayList<>(articles);
    // A 1M run takes most of an hour: a line on stderr every tenth, with that tenth's own cost, shows
    // where the cost per article grows, not only its mean.
    int progressStep = articles >= 100_000 ? articles / 10 : Integer.MAX_VALUE;
    long windowCpu = 0;
    while (stream.hasNext()) {
      ArticleFeatures f = stream.next();
      ids.add(f.id());
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      clusterer.assign(f);
      nanos[i++] = System.nanoTime() - t0;
      long spent = threads.getCurrentThreadCpuTime() - c0;
      cpu += spent;
      windowCpu += spent;
      if (i % progressStep == 0) {
        System.err.printf(Locale.ROOT, "bench cluster: %,d of %,d articles, %.0f s; CPU µs per article in the last %,d: %.0f%n",
            i, articles, (System.nanoTime() - wallStart) / 1e9, progressStep, windowCpu / 1000.0 / progressStep);
        windowCpu = 0;
      }
    }
    double f1 = bcubed(ids, clusterer);
    ids = null;
    int stories = clusterer.events().size();
    int active = clusterer.activeEvents();
    int storylines = clusterer.activeStorylines();
    stream = null;
    long heap = usedHeapAfterGc() - heapBefore;
    double seconds = (System.nanoTime() - wallStart) / 1e9;
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
    Row row = new Row(articles, stories, active, storylines, nanos[articles / 2] / 1000.0, mean,
        nanos[Math.min(articles - 1, (int) (articles * 0.99))] / 1000.0, cpu / 1000.0 / articles, heap / 1e6,
        (double) heap / stories, f1, seconds);
    // Keep the clusterer reachable until the heap was measured.
    if (clusterer.activeEvents() < 0) {
      throw new IllegalStateException();
    }
    return row;
  }

  public static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder(
        "| articles | events | active events | storylines | µs/article p50 | mean | p99 | CPU µs mean | heap MB | bytes/event | event B³ F1 | run s |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.3f | %.0f |%n",
          r.articles(), r.stories(), r.activeStories(), r.storylines(), r.p50Micros(), r.meanMicros(), r.p99Micros(),
          r.cpuMeanMicros(), r.heapMb(), r.bytesPerStory(), r.bcubedF1(), r.seconds()));
    }
    return out.toString();
  }

  /** Gold story = the generator's story, which the synthetic id carries after "-s". */
  private static double bcubed(List<String> ids, IncrementalStoryClusterer clusterer) {
    List<String> gold = new ArrayList<>(ids.size());
    List<String> predicted = new ArrayList<>(ids.size());
    for (String id : ids) {
      gold.add(id.substring(id.indexOf("-s") + 2));
      predicted.add(clusterer.eventOf(id));
    }
    return ClusteringScores.of(gold, predicted).bcubedF1();
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** {@code java ... ClusterBenchmark 1000 10000 ...}: prints the table (for the CLI's bench command). */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    // Row by row: the 1M run takes a while, the small ones are worth seeing before it ends.
    for (int n : sizes) {
      System.out.print(table(List.of(run(n, 42))));
      System.out.flush();
    }
  }
}
