package org.storyfuse.analyze;

import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.Embedding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.storyfuse.ingest.LanguageDetector;
import org.storyfuse.model.Article;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

/**
 * The analysis stage: reads each article in full (entities with roles, quotes with speakers, dates
 * resolved against the publication date, quantities, sentence embeddings). Build one per process:
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
  private final CoreNlpReader reader;
  private final Embedder embedder;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final LanguageDetector languages = new LanguageDetector();
  private final QuantityParser quantities = new QuantityParser();

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
    this.reader = new CoreNlpReader(profile);
    this.embedder = embedder;
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

  /** Reads one article. Never throws for bad text: limits are stated in the result's notes. */
  public AnalyzedArticle analyze(Article article) {
    List<Sentence> sentences = splitter.split(article);
    String language = language(article);
    if (!language.equals("en")) {
      return AnalyzedArticle.sentencesOnly(article, profile, language, sentences,
          "language '" + language + "' is not supported (English models only): sentences only");
    }
    List<String> notes = new ArrayList<>();
    List<Sentence> analysed = bounded(sentences, notes);
    if (analysed.isEmpty()) {
      notes.add("no sentences");
      return new AnalyzedArticle(article, profile, language, true, notes, sentences, 0, List.of(), List.of(),
          List.of(), List.of(), List.of(), List.of());
    }
    LocalDate docDate = article.published() == null ? null : article.published().date();
    if (docDate == null) {
      notes.add("no publication date: relative dates ('on Monday', 'last month') are left unresolved");
    }
    Doc doc = reader.read(analysed, docDate);

    List<Mention> resolved = EntityExtractor.extract(doc);
    List<EntityMention> mentions = new ArrayList<>();
    Map<String, String> roles = new HashMap<>();
    for (Mention m : resolved) {
      Tok first = doc.tokens().get(m.start());
      Tok last = doc.tokens().get(m.end() - 1);
      int s = doc.sentenceAt(first.begin());
      mentions.add(new EntityMention(m.text(), m.kind(), m.nerTag(), doc.sentences().get(s).index(),
          first.begin() - doc.start(s), last.end() - doc.start(s), m.name(), m.key(),
          m.role() == null ? null : m.role().role(), m.role() == null ? null : m.role().text()));
      if (m.role() != null) {
        roles.putIfAbsent(m.key(), m.role().role());
      }
    }
    List<Quote> quotes = new QuoteExtractor(doc, resolved, roles).extract();
    List<TimeMention> times = TimeExtractor.extract(doc, docDate);
    List<Quantity> amounts = new ArrayList<>();
    for (Sentence s : analysed) {
      amounts.addAll(quantities.parse(s.text(), s.index()));
    }
    List<Embedding> vectors = embedder == null ? List.of()
        : embedder.embedAll(analysed.stream().map(Sentence::text).toList());
    return new AnalyzedArticle(article, profile, language, true, notes, sentences, doc.tokens().size(),
        mentions, EntityExtractor.entities(article.id(), mentions), quotes, times, amounts, vectors);
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
          AnalyzedArticle result = safely(a);
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

  private AnalyzedArticle safely(Article a) {
    try {
      return analyze(a);
    } catch (RuntimeException | StackOverflowError e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return AnalyzedArticle.sentencesOnly(a, profile, a.language(), splitter.split(a), "analysis failed: " + why);
    }
  }

  /** The detected language when detection is confident, else the article's own. */
  private String language(Article article) {
    String detected = languages.detect(article.text());
    if (!detected.equals(LanguageDetector.UNDETERMINED)) {
      return detected;
    }
    String stated = article.language();
    return stated.equals(LanguageDetector.UNDETERMINED) || stated.isBlank() ? "en" : stated;
  }

  /** The leading sentences within {@link #MAX_ANALYSED_CHARS}; notes when some are left out. */
  private static List<Sentence> bounded(List<Sentence> sentences, List<String> notes) {
    int chars = 0;
    int n = 0;
    while (n < sentences.size() && chars + sentences.get(n).text().length() <= MAX_ANALYSED_CHARS) {
      chars += sentences.get(n).text().length() + 1;
      n++;
    }
    if (n < sentences.size()) {
      notes.add("text cut at " + MAX_ANALYSED_CHARS + " characters: " + n + " of " + sentences.size()
          + " sentences analysed");
    }
    return sentences.subList(0, n);
  }
}
