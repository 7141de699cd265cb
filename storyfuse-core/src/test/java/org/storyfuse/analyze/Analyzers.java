package org.storyfuse.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;

/**
 * Test helpers: one analyzer and one CoreNLP reader per profile per JVM (CoreNLP takes 15-30 s to
 * load), made-up articles, and contexts and docs for testing one {@link Annotator} alone.
 */
public final class Analyzers {

  private static Analyzer full;
  private static Analyzer fast;
  private static Analyzer rapid;
  private static Analyzer lean;
  private static final Map<Profile, CoreNlpReader> READERS = new EnumMap<>(Profile.class);

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

  public static synchronized Analyzer lean() {
    if (lean == null) {
      lean = new Analyzer(Profile.LEAN);
    }
    return lean;
  }

  public static synchronized Analyzer rapid() {
    if (rapid == null) {
      rapid = new Analyzer(Profile.RAPID);
    }
    return rapid;
  }

  /** The profile's CoreNLP reader, loaded once per JVM. */
  static synchronized CoreNlpReader reader(Profile profile) {
    return READERS.computeIfAbsent(profile, CoreNlpReader::new);
  }

  /** A context holding the article's sentences, all of them to analyse (the steps before CoreNLP). */
  static AnalysisContext split(Article article, Profile profile) {
    AnalysisContext context = new AnalysisContext(article, profile);
    new SentenceSplitAnnotator().annotate(context);
    return context;
  }

  /** As {@link #split}, then read by the profile's CoreNLP reader: the context the later steps start from. */
  static AnalysisContext read(Article article, Profile profile) {
    AnalysisContext context = split(article, profile);
    new CoreNlpAnnotator(reader(profile)).annotate(context);
    return context;
  }

  /**
   * A made-up {@link Doc} without CoreNLP: one sentence per argument (indexes 0, 1, ...), tokens
   * split on spaces, "word/TAG" or "word/TAG/NER" (default NNP when capitalised, else NN; NER O),
   * and one span per run of tokens with the same NER label.
   */
  static Doc doc(String... sentences) {
    List<Sentence> ss = new ArrayList<>();
    List<Tok> toks = new ArrayList<>();
    List<NerSpan> spans = new ArrayList<>();
    int at = 0;
    for (int s = 0; s < sentences.length; s++) {
      List<String> words = new ArrayList<>();
      for (String t : sentences[s].split(" ")) {
        String[] parts = t.length() > 1 ? t.split("/", -1) : new String[] {t};
        if (parts.length > 1 && !parts[1].matches("[A-Z$]+")) {
          parts = new String[] {t};
        }
        String word = parts[0];
        String pos = parts.length > 1 ? parts[1] : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
        String ner = parts.length > 2 ? parts[2] : "O";
        int begin = at + String.join(" ", words).length() + (words.isEmpty() ? 0 : 1);
        Tok tok = new Tok(toks.size(), word, pos, ner, begin, begin + word.length(), s);
        if (!ner.equals("O") && !toks.isEmpty() && toks.get(toks.size() - 1).ner().equals(ner)
            && toks.get(toks.size() - 1).sentence() == s) {
          NerSpan last = spans.remove(spans.size() - 1);
          spans.add(new NerSpan(last.start(), tok.index() + 1, ner, null, null));
        } else if (!ner.equals("O")) {
          spans.add(new NerSpan(tok.index(), tok.index() + 1, ner, null, null));
        }
        toks.add(tok);
        words.add(word);
      }
      String text = String.join(" ", words);
      ss.add(new Sentence("doc", s, s, text));
      at += text.length() + 1;
    }
    return new Doc(ss, toks, spans);
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
