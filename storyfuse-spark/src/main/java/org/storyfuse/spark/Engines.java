package org.storyfuse.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.LazyEmbedder;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.pipeline.StoryPipeline;

/**
 * The models and stages of one JVM (driver or executor), made on first use and kept: loading the
 * analysis models takes 15-30 s and the embedding model seconds, so they are loaded once per
 * executor, never per record or per task. Every stage is thread-safe, so the tasks of one executor
 * share them.
 */
final class Engines {

  private static final Embedder EMBEDDER = LazyEmbedder.miniLm();
  private static final Map<Profile, Analyzer> ANALYZERS = new ConcurrentHashMap<>();
  private static final Map<Integer, StoryPipeline> PIPELINES = new ConcurrentHashMap<>();
  private static final NearDuplicateDetector DUPLICATES = new NearDuplicateDetector();
  private static volatile StoryClusterer clusterer;
  private static volatile Ingestor ingestor;

  private Engines() {}

  static Embedder embedder() {
    return EMBEDDER;
  }

  static NearDuplicateDetector duplicates() {
    return DUPLICATES;
  }

  /** The clusterer {@code storyfuse brief} uses (shipped model with embeddings): for features and pair scores. */
  static StoryClusterer clusterer() {
    if (clusterer == null) {
      synchronized (Engines.class) {
        if (clusterer == null) {
          clusterer = standard(null, 1).stages().clusterer();
        }
      }
    }
    return clusterer;
  }

  /** One file at a time per task: the task is Spark's unit of parallelism, so one reading thread. */
  static Ingestor ingestor() {
    if (ingestor == null) {
      synchronized (Engines.class) {
        if (ingestor == null) {
          ingestor = new Ingestor(new org.storyfuse.ingest.Extractor(),
              org.storyfuse.ingest.IngestOptions.defaults().withThreads(1));
        }
      }
    }
    return ingestor;
  }

  /**
   * The pipeline {@code storyfuse brief --analysis PROFILE --words N} runs (null profile: analysis
   * off), one thread: each task fuses one part at a time.
   */
  static StoryPipeline pipeline(Profile profile, int words) {
    int key = (profile == null ? -1 : profile.ordinal()) * 100_000 + words;
    return PIPELINES.computeIfAbsent(key, k -> standard(profile, words));
  }

  private static StoryPipeline standard(Profile profile, int words) {
    return StoryPipeline.standard(profile == null ? null : analyzer(profile), EMBEDDER, words, 1);
  }

  /** The analyzer of {@code storyfuse brief --analysis PROFILE}, loaded once per JVM. */
  static Analyzer analyzer(Profile profile) {
    return ANALYZERS.computeIfAbsent(profile, p -> new Analyzer(p, p.embeddings() ? EMBEDDER : null));
  }
}
