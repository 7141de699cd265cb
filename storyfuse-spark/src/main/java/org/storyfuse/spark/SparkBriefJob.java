package org.storyfuse.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.storyfuse.analyze.Profile;
import org.storyfuse.model.Article;
import org.storyfuse.pipeline.ArticleBounds;
import org.storyfuse.pipeline.ContentKey;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.story.Level;
import scala.Tuple2;

/**
 * {@code storyfuse brief} as one Spark job. Stages, each over the whole input without collecting
 * it on the driver:
 * <ol>
 *   <li>list the input files (driver, names only) and read each in an executor ({@link FileReading});
 *       bad files and records go to the errors output;</li>
 *   <li>drop repeated articles (same text and URL: the first in input order stays), then compute
 *       each article's fingerprint and clustering features once ({@link Engines}: models per JVM);</li>
 *   <li>syndicated copies: LSH band join, the detector's test per pair, the detector's grouping per
 *       connected set ({@link Syndication});</li>
 *   <li>document frequencies over the originals, joined to each article as the counts of its own
 *       keys ({@link KeyCounts}): no vocabulary-sized table on the driver or in a broadcast;</li>
 *   <li>candidate story pairs by shared rare keys, scored with the join model ({@link StoryPairs});</li>
 *   <li>connected parts of copy and story edges ({@link ConnectedComponents});</li>
 *   <li>each article analysed (spread over every executor), each part grouped by the product's
 *       pipeline, each story fused on its own ({@link Parts}): a part may hold most of the input,
 *       a story's brief is the unit of fusion; briefs written as JSON Lines ({@link Outputs});</li>
 *   <li>optionally, everything loaded into a store, as {@code storyfuse ingest} would have left it
 *       ({@link StoreLoad}).</li>
 * </ol>
 */
public final class SparkBriefJob {

  /**
   * @param analysis        the analysis profile, or null for analysis off
   * @param maxKeyDocuments a key held by more originals than this blocks no pairs
   * @param margin          logit margin under the join thresholds at which a scored pair is an edge
   * @param fuse            write briefs; false: group only (stories/, no briefs/), as {@code StoryPipeline.stories}
   * @param store           a store location (PostgreSQL URL or SQLite file) to load the result into, or null
   */
  public record Options(List<String> inputs, String out, Level level, Profile analysis, int words, boolean parquet,
      int maxKeyDocuments, double margin, boolean fuse, String store) implements Serializable {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(level, "level");
    }

    public static Options defaults(List<String> inputs, String out) {
      return new Options(inputs, out, Level.STORYLINE, Profile.RAPID,
          org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS, false, DEFAULT_MAX_KEY_DOCUMENTS, DEFAULT_MARGIN, true, null);
    }

    public Options withAnalysis(Profile p) {
      return new Options(inputs, out, level, p, words, parquet, maxKeyDocuments, margin, fuse, store);
    }

    public Options withLevel(Level l) {
      return new Options(inputs, out, l, analysis, words, parquet, maxKeyDocuments, margin, fuse, store);
    }

    public Options withParquet(boolean p) {
      return new Options(inputs, out, level, analysis, words, p, maxKeyDocuments, margin, fuse, store);
    }

    public Options withWords(int w) {
      return new Options(inputs, out, level, analysis, w, parquet, maxKeyDocuments, margin, fuse, store);
    }

    public Options withBlocking(int maxKeyDocs, double logitMargin) {
      return new Options(inputs, out, level, analysis, words, parquet, maxKeyDocs, logitMargin, fuse, store);
    }

    /** Also loads the stories (with their articles, analyses and briefs) into the store at this location. */
    public Options withStore(String location) {
      return new Options(inputs, out, level, analysis, words, parquet, maxKeyDocuments, margin, fuse, location);
    }

    /** Groups only: stories/ without briefs (no fusion), for clustering at scale and its tests. */
    public Options storiesOnly() {
      return new Options(inputs, out, level, analysis, words, parquet, maxKeyDocuments, margin, false, store);
    }
  }

  public static final int DEFAULT_MAX_KEY_DOCUMENTS = 2_000;
  /**
   * A little under the thresholds: a join needs some pair at the threshold when the model is linear
   * in pair features, and the margin covers what is not (capped profiles, the coverage feature).
   * Wider margins only make parts larger (docs/SCALE.md).
   */
  public static final double DEFAULT_MARGIN = 0.25;

  /** What the job counted, and how long each phase took (wall ms on the driver). */
  public record Summary(Map<String, Long> counts, Map<String, Long> phaseMillis) {}

  private SparkBriefJob() {}

  /**
   * Empties this JVM's cache of sentence vectors (local mode: the driver's JVM is the executors'),
   * so that a benchmark run embeds what it needs instead of reusing an earlier run's vectors.
   */
  public static void clearCaches() {
    Engines.embedder().clearCache();
  }

  public static Summary run(JavaSparkContext sc, Options o) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Long> phases = new LinkedHashMap<>();
    long t = System.nanoTime();
    Path outDir = new Path(o.out());
    FileSystem outFs = outDir.getFileSystem(sc.hadoopConfiguration());
    if (outFs.exists(outDir) && outFs.listStatus(outDir).length > 0) {
      throw new IllegalArgumentException("the output folder exists and is not empty: " + o.out());
    }

    // 1. list and read
    sc.setJobDescription("read and extract");
    InputListing.Listing listing = InputListing.list(sc.hadoopConfiguration(), o.inputs());
    counts.put("files", (long) listing.files().size());
    Broadcast<SerializableConfiguration> conf =
        sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
    int slices = Math.max(1, Math.min(listing.files().size(), sc.defaultParallelism() * 4));
    JavaRDD<Records.Read> reads = sc.parallelize(listing.files(), slices)
        .flatMap(f -> FileReading.read(f, conf.value().value()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Records.Problem> problems = reads.filter(r -> r.problem() != null).map(Records.Read::problem)
        .union(sc.parallelize(listing.problems(), 1));
    JavaRDD<Records.Problem> notes = reads.filter(r -> r.note() != null).map(Records.Read::note)
        .union(sc.parallelize(listing.notes(), 1));
    problems.map(Outputs::problemLine).coalesce(1).saveAsTextFile(o.out() + "/errors");
    notes.map(Outputs::problemLine).coalesce(1).saveAsTextFile(o.out() + "/notes");
    counts.put("errors", problems.count());
    counts.put("notes", notes.count());
    long read = reads.filter(r -> r.article() != null).count();
    counts.put("articles read", read);
    phases.put("read and extract", lap(t));

    // 2. repeats dropped, per-article work
    t = System.nanoTime();
    sc.setJobDescription("fingerprints and features");
    JavaPairRDD<Long, Article> articles = reads.filter(r -> r.article() != null)
        .mapToPair(r -> new Tuple2<>(repeatKey(r.article()), r))
        .reduceByKey((a, b) -> a.order() <= b.order() ? a : b)
        .mapToPair(r -> new Tuple2<>(r._2().order(), ArticleBounds.bound(r._2().article(), new PipelineListener() {})))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Records.Features> features = articles
        .mapValues(a -> new Records.Features(Engines.duplicates().fingerprint(a), Engines.clusterer().features(a)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long unique = features.count();
    reads.unpersist(false);
    counts.put("repeats skipped", read - unique);
    counts.put("articles", unique);
    phases.put("fingerprints and features", lap(t));

    // 3. syndicated copies
    t = System.nanoTime();
    sc.setJobDescription("syndication");
    int[] rounds = {0};
    JavaPairRDD<Long, Long> copyEdges = Syndication.edges(features).persist(StorageLevel.MEMORY_AND_DISK());
    counts.put("copy edges", copyEdges.count());
    JavaPairRDD<Long, Long> copyParts = ConnectedComponents.of(copyEdges, rounds);
    JavaPairRDD<Long, Boolean> copies = Syndication.copies(features, copyParts)
        .mapToPair(c -> new Tuple2<>(c, true)).persist(StorageLevel.MEMORY_AND_DISK());
    counts.put("copies", copies.count());
    copyParts.unpersist(false);
    JavaPairRDD<Long, Records.Features> originals = features.subtractByKey(copies)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long originalCount = originals.count();
    counts.put("originals", originalCount);
    phases.put("syndication", lap(t));

    // 4. document frequencies of the originals, joined to the articles whose keys need them
    t = System.nanoTime();
    sc.setJobDescription("document frequencies");
    JavaPairRDD<String, Integer> frequencies = originals.values()
        .flatMapToPair(f -> KeyCounts.keysOf(f.features()).stream().map(k -> new Tuple2<>(k, 1)).iterator())
        .reduceByKey(Integer::sum)
        .filter(k -> k._2() >= 2)
        .persist(StorageLevel.MEMORY_AND_DISK());
    counts.put("shared keys", frequencies.count());
    JavaPairRDD<Long, KeyCounts> keyCounts = features
        .flatMapToPair(a -> KeyCounts.keysOf(a._2().features()).stream().map(k -> new Tuple2<>(k, a._1())).iterator())
        .join(frequencies)
        .mapToPair(k -> new Tuple2<>(k._2()._1(), new Tuple2<>(k._1(), k._2()._2())))
        .groupByKey()
        .mapValues(KeyCounts::of);
    // an article none of whose keys another original holds has no entry: every count it asks for is 1
    keyCounts = features.leftOuterJoin(keyCounts).mapValues(v -> v._2().orElse(KeyCounts.NONE))
        .persist(StorageLevel.MEMORY_AND_DISK());
    keyCounts.count();
    frequencies.unpersist(false);
    phases.put("document frequencies", lap(t));

    // 5. candidate story pairs, scored
    t = System.nanoTime();
    sc.setJobDescription("story pairs");
    JavaPairRDD<Long, Long> storyEdges = StoryPairs.edges(originals, keyCounts, originalCount, o.maxKeyDocuments(),
        o.margin()).persist(StorageLevel.MEMORY_AND_DISK());
    counts.put("story edges", storyEdges.count());
    phases.put("story pairs", lap(t));

    // 6. connected parts
    t = System.nanoTime();
    sc.setJobDescription("connected parts");
    JavaPairRDD<Long, Long> parts = ConnectedComponents.of(copyEdges.union(storyEdges), rounds);
    counts.put("label rounds", (long) rounds[0]);
    phases.put("connected parts", lap(t));

    // 7. analysis per article and fusion per story, over every executor; grouping per part
    Profile analysis = o.analysis();
    int words = o.words();
    Level level = o.level();
    boolean fuse = o.fuse();
    HashPartitioner spread = new HashPartitioner(Math.max(1, sc.defaultParallelism() * 4));
    t = System.nanoTime();
    sc.setJobDescription("analysis");
    JavaPairRDD<Long, Records.Analysed> analysed = fuse && analysis != null
        ? articles.partitionBy(spread).mapValues(a -> new Records.Analysed(a, Parts.analyse(a, analysis)))
        : articles.mapValues(a -> new Records.Analysed(a, null));
    analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK());
    counts.put("analysed", fuse && analysis != null ? analysed.count() : 0L);
    phases.put("analysis", lap(t));

    t = System.nanoTime();
    sc.setJobDescription("grouping");
    JavaRDD<Records.Member> members = articles.join(features).join(keyCounts)
        .map(m -> new Records.Member(m._1(), m._2()._1()._1(), m._2()._1()._2(), m._2()._2()));
    JavaPairRDD<Long, Records.Member> byPart = members.keyBy(Records.Member::order)
        .leftOuterJoin(parts)
        .mapToPair(m -> new Tuple2<>(m._2()._2().orElse(m._1()), m._2()._1()));
    JavaPairRDD<Long, Iterable<Records.Member>> grouped = byPart.groupByKey();
    JavaRDD<Records.StoryPlan> plans = grouped
        .flatMap(p -> Parts.group(p._2(), originalCount, level).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    counts.put("parts", grouped.count());
    counts.put("largest part", grouped.map(p -> (long) sizeOf(p._2())).fold(0L, Math::max));
    phases.put("grouping", lap(t));

    t = System.nanoTime();
    sc.setJobDescription(fuse ? "fusion" : "stories");
    // each member (article and analysis) to its story, with its place there
    JavaPairRDD<String, Tuple2<Integer, Records.Analysed>> byStory = plans
        .flatMapToPair(plan -> {
          List<Tuple2<Long, Tuple2<String, Integer>>> out = new java.util.ArrayList<>();
          for (int i = 0; i < plan.orders().size(); i++) {
            out.add(new Tuple2<>(plan.orders().get(i), new Tuple2<>(plan.storyId(), i)));
          }
          return out.iterator();
        })
        .join(analysed)
        .mapToPair(m -> new Tuple2<>(m._2()._1()._1(), new Tuple2<>(m._2()._1()._2(), m._2()._2())));
    boolean load = o.store() != null;
    JavaRDD<Tuple2<Records.StoryOut, Records.Stored>> fused = plans.keyBy(Records.StoryPlan::storyId)
        .cogroup(byStory, spread)
        .map(s -> {
          Records.StoryPlan plan = s._2()._1().iterator().next();
          Records.StoryOut out = fuse ? Parts.fuse(plan, s._2()._2(), words) : Parts.withoutBrief(plan, s._2()._2());
          return new Tuple2<>(out, load ? Parts.stored(plan, s._2()._2(), out.briefJson()) : null);
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Records.StoryOut> stories = fused.map(Tuple2::_1);
    counts.put("stories", stories.count());
    phases.put(fuse ? "fusion" : "stories", lap(t));

    // 8. outputs
    t = System.nanoTime();
    sc.setJobDescription("write");
    JavaRDD<Records.StoryOut> ordered = stories.sortBy(s -> new SortKey(s.size(), s.storyId()), true,
        Math.max(1, stories.getNumPartitions()));
    if (o.fuse()) {
      ordered.map(Records.StoryOut::briefJson).saveAsTextFile(o.out() + "/briefs");
    }
    ordered.map(Outputs::storyLine).saveAsTextFile(o.out() + "/stories");
    if (o.parquet() && o.fuse()) {
      Outputs.parquet(SparkSession.builder().sparkContext(sc.sc()).getOrCreate(), stories, members, o.out());
    }
    phases.put("write", lap(t));

    // 9. optionally, the stories into a store (the driver writes, a batch of stories at a time)
    if (load) {
      t = System.nanoTime();
      sc.setJobDescription("load the store");
      counts.put("stored articles", StoreLoad.load(fused.map(Tuple2::_2), o.store()));
      phases.put("load the store", lap(t));
    }
    sc.setJobDescription(null);
    writeSummary(outFs, new Path(o.out(), "summary.json"), counts, phases);
    for (JavaPairRDD<?, ?> r : List.of(articles, features, copyEdges, copies, originals, keyCounts, storyEdges)) {
      r.unpersist(false);
    }
    fused.unpersist(false);
    plans.unpersist(false);
    analysed.unpersist(false);
    return new Summary(counts, phases);
  }

  /** Largest story first, then by id: the order {@code brief} writes them in. */
  record SortKey(int size, String id) implements Comparable<SortKey>, Serializable {
    @Override
    public int compareTo(SortKey o) {
      return size != o.size ? Integer.compare(o.size, size) : id.compareTo(o.id);
    }
  }

  /** {@link ContentKey} as a string: the pipeline's own test for a repeated article, as a shuffle key. */
  private static String repeatKey(Article a) {
    ContentKey k = ContentKey.of(a);
    return k.hash() + '\0' + k.url();
  }

  private static int sizeOf(Iterable<?> it) {
    int n = 0;
    for (Object x : it) {
      n++;
    }
    return n;
  }

  private static long lap(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void writeSummary(FileSystem fs, Path file, Map<String, Long> counts, Map<String, Long> phases)
      throws IOException {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var root = json.createObjectNode();
    counts.forEach(root.putObject("counts")::put);
    phases.forEach(root.putObject("phase_ms")::put);
    try (var out = fs.create(file, true)) {
      out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
  }
}
