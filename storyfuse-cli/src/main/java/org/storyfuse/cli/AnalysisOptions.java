package org.storyfuse.cli;

import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.pipeline.StoryPipeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.LazyEmbedder;
import org.storyfuse.model.Article;
import picocli.CommandLine.Option;

/** How the analysis stage runs, for commands that can use it. */
public final class AnalysisOptions {

  /** Which reading to run. */
  public enum Level { FULL, FAST, RAPID, LEAN, OFF }

  /**
   * Loaded models, kept for the life of the JVM: loading takes 15-30 s, and commands run in-process
   * (tests, a server) would otherwise pay it on every call. Analyzers are thread-safe.
   */
  private static final Map<Profile, Analyzer> ANALYZERS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The process's one sentence-embedding model, loaded when a vector is first needed. */
  private static final LazyEmbedder EMBEDDER = LazyEmbedder.miniLm();

  @Option(names = "--analysis", paramLabel = "LEVEL",
      description = "analysis profile: full (CoreNLP fine-grained NER + embeddings), fast (3-class NER, SUTime "
          + "for dates), rapid (3-class NER, POS tags from a tagger distilled from CoreNLP's, our own date "
          + "rules instead of SUTime: several times faster than fast; leaves out dates relative to other events, such as 'the next "
          + "day', and vague ones, such as 'the day'), lean (rapid with a distilled perceptron instead of "
          + "CoreNLP's recogniser too: ~3x faster again, see docs/EVALUATION.md for what it changes), "
          + "off (no entities, quotes or timeline); all keep the same quote and speaker rules (default: rapid)")
  public Level level = Level.RAPID;

  /**
   * Starts loading this level's models (the analyzer, then the sentence embedder) on a background
   * thread, so that they load while the input is read and extracted, on the core that work leaves
   * free: at start-up loading is most of a small run's time (CoreNLP's recogniser, the taggers, MiniLM).
   * Only a head start: whoever needs a model first waits for it or loads it, and a model that fails
   * to load here fails again, with its message, where it is needed.
   */
  void preloadInBackground() {
    Thread loader = new Thread(() -> {
      try {
        if (level != Level.OFF) {
          shared(Profile.valueOf(level.name()));
        }
        EMBEDDER.load();
      } catch (Throwable ignored) { // loaded again where needed, and reported there
      }
    }, "storyfuse-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** The analyzer this level asks for, loaded once per JVM; null when analysis is off. */
  Analyzer analyzer(boolean quiet) {
    if (level == Level.OFF) {
      return null;
    }
    Profile profile = Profile.valueOf(level.name());
    if (!quiet && !ANALYZERS.containsKey(profile)) {
      System.err.println("storyfuse: loading the " + level.name().toLowerCase() + " analysis models…");
    }
    return shared(profile);
  }

  /** The JVM's analyzer for {@code profile}, with the profile's default embeddings, loaded on first use. */
  public static Analyzer shared(Profile profile) {
    return ANALYZERS.computeIfAbsent(profile, p -> new Analyzer(p, p.embeddings() ? EMBEDDER : null));
  }

  /** The process's embedder, shared by analysis, clustering and fusion. */
  public static Embedder embedder() {
    return EMBEDDER;
  }

  /**
   * As {@link #pipeline}, but the analysis models load only when an article has to be analysed: a
   * store command whose articles are all stored already never loads them.
   */
  public StoryPipeline pipelineOnDemand(int words, int threads, boolean quiet) {
    if (level == Level.OFF) {
      return StoryPipeline.standard(null, EMBEDDER, words, Math.max(1, threads));
    }
    return StoryPipeline.standardOnDemand(() -> analyzer(quiet), EMBEDDER, words, Math.max(1, threads));
  }

  /** The pipeline every command runs: this level's analyzer, the process's embedder, a summary of {@code words}. */
  public StoryPipeline pipeline(int words, int threads, boolean quiet) {
    return StoryPipeline.standard(analyzer(quiet), EMBEDDER, words, Math.max(1, threads));
  }

  /**
   * The product pipeline with analysis off (summaries of the default length): what grouping-only
   * callers run, since analysis does not change which story an article joins.
   */
  public static StoryPipeline withoutAnalysis(int threads) {
    return StoryPipeline.standard(null, EMBEDDER, BriefBuilder.DEFAULT_WORDS, Math.max(1, threads));
  }

  /**
   * The analysis of each article by id, as the pipeline analyses them (in parallel, a progress bar
   * and the analyser's notes on stderr unless quiet); empty when analysis is off.
   */
  public Map<String, AnalyzedArticle> analyse(List<Article> articles, int threads, boolean quiet) {
    if (level == Level.OFF || articles.isEmpty()) {
      return new HashMap<>();
    }
    try (PipelineProgress progress = new PipelineProgress(quiet)) {
      return pipeline(BriefBuilder.DEFAULT_WORDS, threads, quiet).analyse(articles, progress);
    }
  }
}
