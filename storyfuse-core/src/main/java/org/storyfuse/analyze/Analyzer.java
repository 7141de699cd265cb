package org.storyfuse.analyze;

import org.storyfuse.embed.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.storyfuse.model.Article;
import org.storyfuse.text.SentenceSplitter;

/**
 * The analysis stage: reads each article in full (entities with roles, quotes with speakers, dates
 * resolved against the publication date, quantities, sentence embeddings) by running the
 * profile's chain of {@link Annotator}s over it ({@link Profile#chain}). Build one per process:
 * loading CoreNLP takes 15-30 s and ~1.5 GB of heap (FULL). Thread-safe; {@link #analyzeAll}
 * annotates articles in parallel and returns them in input order.
 */
public final class Analyzer {

  /**
   * Text analysed per article, at most: bounds the time one article can take (about 5,000 tokens,
   * a few seconds). News articles are far shorter; the rest of a longer text keeps its sentences only.
   */
  public static final int MAX_ANALYSED_CHARS = 25_000;

  private final Profile profile;
  private final Embedder embedder;
  private final AnnotatorChain chain;
  /** Sentences for an article whose analysis failed. */
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** An analyzer that computes no sentence embeddings. */
  public Analyzer(Profile profile) {
    this(profile, null);
  }

  /**
   * @param embedder the process's embedder, when sentence vectors are wanted in the analysis
   *                 (the FULL profile's default); null for none
   */
  public Analyzer(Profile profile, Embedder embedder) {
    this.profile = profile;
    this.embedder = embedder;
    this.chain = profile.chain(embedder);
  }

  /** The CoreNLP configuration a profile runs (a copy), for benchmarks and diagnostics. */
  public static java.util.Properties coreNlpProperties(Profile profile) {
    return CoreNlpReader.properties(profile);
  }

  public Profile profile() {
    return profile;
  }

  public boolean embeddings() {
    return embedder != null;
  }

  /** The annotators this analyzer runs, in order. */
  AnnotatorChain chain() {
    return chain;
  }

  /** Reads one article. Never throws for bad text: limits are stated in the result's notes. */
  public AnalyzedArticle analyze(Article article) {
    return chain.analyze(article, profile);
  }

  /**
   * Reads many articles on a fixed pool of {@code threads} threads; results in input order. An
   * article that fails comes back unanalysed with the reason in its notes; the others go on.
   */
  public List<AnalyzedArticle> analyzeAll(List<Article> articles, int threads) {
    return analyzeAll(articles, threads, a -> { });
  }

  /** As {@link #analyzeAll(List, int)}, calling {@code done} as each article finishes (any thread). */
  public List<AnalyzedArticle> analyzeAll(List<Article> articles, int threads, Consumer<AnalyzedArticle> done) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "storyfuse-analyze");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<AnalyzedArticle>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> {
          AnalyzedArticle result = analyzeSafely(a);
          done.accept(result);
          return result;
        }));
      }
      List<AnalyzedArticle> out = new ArrayList<>();
      for (Future<AnalyzedArticle> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * As {@link #analyze}, but an article whose analysis fails comes back unanalysed (sentences only)
   * with the reason in its notes, as in {@link #analyzeAll}: for callers that analyse one at a time.
   */
  public AnalyzedArticle analyzeSafely(Article a) {
    try {
      return analyze(a);
    } catch (RuntimeException | StackOverflowError e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return AnalyzedArticle.sentencesOnly(a, profile, a.language(), splitter.split(a), "analysis failed: " + why);
    }
  }
}
