package org.storyfuse.analyze;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/** Test helpers: one analyzer per profile per JVM (CoreNLP takes 15-30 s to load), made-up articles. */
public final class Analyzers {

  private static Analyzer full;
  private static Analyzer fast;
  private static Analyzer rapid;

  private Analyzers() {}

  /** FULL without embeddings (the embedder has its own test). */
  static synchronized Analyzer full() {
    if (full == null) {
      full = new Analyzer(Profile.FULL);
    }
    return full;
  }

  static synchronized Analyzer fast() {
    if (fast == null) {
      fast = new Analyzer(Profile.FAST);
    }
    return fast;
  }

  public static synchronized Analyzer rapid() {
    if (rapid == null) {
      rapid = new Analyzer(Profile.RAPID);
    }
    return rapid;
  }

  /** An English article published on {@code date}, one paragraph per argument. */
  static Article article(String id, String date, String... paragraphs) {
    PublicationDate published = date == null ? null : PublicationDate.stated(LocalDate.parse(date), "test");
    return new Article(id, "test:" + id, null, "Test Wire", "Title", null, published, "en",
        Arrays.asList(paragraphs));
  }

  static Quote quoteContaining(AnalyzedArticle a, String words) {
    List<Quote> found = a.quotes().stream().filter(q -> q.text().contains(words)).toList();
    if (found.isEmpty()) {
      throw new AssertionError("no quote contains '" + words + "'; quotes: " + a.quotes());
    }
    return found.get(0);
  }

  static TimeMention time(AnalyzedArticle a, String text) {
    return a.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + text + "'; times: " + a.times()));
  }
}
