package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.model.Brief;
import org.storyfuse.render.SourceTexts;
import org.storyfuse.text.Terms;
import org.storyfuse.text.VerbatimForm;
import org.storyfuse.text.lexicon.NumberWords;

/**
 * Checks every citation of a brief against the cited source's own sentences, and every quote shown
 * as direct against the cited sources' text.
 *
 * <p><b>Citation precision.</b> A citation [n] after a summary sentence, corroborated claim, quote,
 * timeline or background entry, or after another source's own wording of a claim or entry ("in
 * other words: …"), is <em>supported</em> when all of these hold:
 * <ol>
 *   <li>the item's evidence has a sentence ref for source n, or for a syndicated copy of n (a copy
 *       counts as its original), and the ref's sentence exists in that source;
 *   <li>the cited passage — that sentence, and for a quote the {@value #QUOTE_SPAN} sentences from it,
 *       since a quote may run on (a quote of more sentences: one more than the sentence ends in its
 *       text) — either contains the item's text verbatim (ignoring case,
 *       whitespace and quote-mark style: <em>verbatim</em>; an excerpt marked "…" where it was cut
 *       is verbatim when its words stand in the passage), or <em>shares its key content</em>:
 *       every figure of the item's text (the number in a word with a digit: "25", "1962", "100,000",
 *       47 of "AK-47s", 1 of "$US1"; a number word
 *       "zero" to "twenty" as its value, so "twelve" needs "12" or "twelve") appears in
 *       the passage, and the passage holds at least {@value #SHARED_SHARE} of the item's content
 *       words ({@link Terms}: stopwords dropped, plurals and possessives folded);
 *   <li>for a quote shown between quotation marks (kind direct), only verbatim counts, and the item's text is
 *       its shown text or one of its variants (a source may carry another outlet's wording of the
 *       same words, which the brief lists).
 * </ol>
 * Anything else is unsupported: a missing ref, a ref past the source's end, a passage that lacks a
 * figure or most of the words.
 *
 * <p><b>Quotes verbatim.</b> A quote of kind direct (reported speech is not shown as a quote) is verbatim in a cited source when its shown text
 * appears in that source's text (its sentences joined) modulo case, whitespace and quote-mark style.
 */
public final class CitationCheck {

  /** Share of the item's content words the cited passage must hold. */
  public static final double SHARED_SHARE = 0.6;
  /** Sentences, from the cited one, a quote's passage spans. */
  public static final int QUOTE_SPAN = 3;

  /** A number as written, with its decimal or thousands separators ("3.5", "100,000"). */
  private static final Pattern NUMBER = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");

  public enum Verdict { VERBATIM, SHARED, UNSUPPORTED }

  /** One citation: the section, the cited item's text, the source number, and the verdict with why. */
  public record Citation(String section, String text, int source, Verdict verdict, String why) {
    public boolean supported() {
      return verdict != Verdict.UNSUPPORTED;
    }
  }

  /** One direct quote in one cited source. */
  public record QuoteCheck(String speaker, String text, int source, boolean verbatim) {}

  public record Report(List<Citation> citations, List<QuoteCheck> quotes) {

    public Report {
      citations = List.copyOf(citations);
      quotes = List.copyOf(quotes);
    }

    public long supported() {
      return citations.stream().filter(Citation::supported).count();
    }

    public double precision() {
      return citations.isEmpty() ? 1.0 : (double) supported() / citations.size();
    }

    public long verbatim() {
      return quotes.stream().filter(QuoteCheck::verbatim).count();
    }

    public double verbatimShare() {
      return quotes.isEmpty() ? 1.0 : (double) verbatim() / quotes.size();
    }

    public Report plus(Report other) {
      List<Citation> c = new ArrayList<>(citations);
      c.addAll(other.citations);
      List<QuoteCheck> q = new ArrayList<>(quotes);
      q.addAll(other.quotes);
      return new Report(c, q);
    }

    public static final Report EMPTY = new Report(List.of(), List.of());
  }

  private CitationCheck() {}

  public static Report run(Brief brief, SourceTexts texts) {
    Map<Integer, Integer> originalOf = new HashMap<>();
    for (Brief.Source s : brief.sources()) {
      originalOf.put(s.id(), s.duplicateOf() == null ? s.id() : s.duplicateOf());
    }
    List<Citation> citations = new ArrayList<>();
    for (Brief.SummarySentence s : brief.summary()) {
      check("summary", List.of(s.text()), s.support(), s.evidence(), 1, false, texts, originalOf, citations);
    }
    for (Brief.CorroboratedClaim c : brief.claims()) {
      check("claims", List.of(c.text()), c.support(), c.evidence(), 1, false, texts, originalOf, citations);
      for (Brief.Claim w : c.otherWordings()) {
        check("claims", List.of(w.text()), w.sources(), w.evidence(), 1, false, texts, originalOf, citations);
      }
    }
    for (Brief.Quote q : brief.quotes()) {
      List<String> wordings = new ArrayList<>();
      wordings.add(q.text());
      wordings.addAll(q.variants());
      check("quotes", wordings, q.sources(), q.evidence(), QUOTE_SPAN, !q.reported(), texts, originalOf, citations);
    }
    for (Brief.TimelineEvent e : brief.timeline()) {
      check("timeline", List.of(e.event()), e.sources(), e.evidence(), 1, false, texts, originalOf, citations);
      for (Brief.Claim w : e.otherWordings()) {
        check("timeline", List.of(w.text()), w.sources(), w.evidence(), 1, false, texts, originalOf, citations);
      }
    }
    for (Brief.TimelineEvent e : brief.background()) {
      check("background", List.of(e.event()), e.sources(), e.evidence(), 1, false, texts, originalOf, citations);
      for (Brief.Claim w : e.otherWordings()) {
        check("background", List.of(w.text()), w.sources(), w.evidence(), 1, false, texts, originalOf, citations);
      }
    }
    List<QuoteCheck> quotes = new ArrayList<>();
    for (Brief.Quote q : brief.quotes()) {
      if (q.reported()) {
        continue; // shown as "speaker said …", not as a quote
      }
      for (int n : q.sources()) {
        String whole = normalise(String.join(" ", texts.of(n)));
        quotes.add(new QuoteCheck(q.speaker(), q.text(), n, whole.contains(normalise(q.text()))));
      }
    }
    return new Report(citations, quotes);
  }

  private static void check(String section, List<String> wordings, List<Integer> cited,
      List<Brief.SentenceRef> evidence, int span, boolean verbatimOnly, SourceTexts texts, Map<Integer, Integer> originalOf,
      List<Citation> out) {
    for (int n : cited) {
      List<Brief.SentenceRef> refs = evidence.stream()
          .filter(r -> r.source() == n || originalOf.getOrDefault(r.source(), r.source()) == n).toList();
      if (refs.isEmpty()) {
        out.add(new Citation(section, wordings.get(0), n, Verdict.UNSUPPORTED, "no sentence of [" + n + "] cited"));
        continue;
      }
      Citation best = null;
      for (Brief.SentenceRef r : refs) {
        List<String> sentences = texts.of(r.source());
        if (r.sentence() < 0 || r.sentence() >= sentences.size()) {
          best = best != null ? best : new Citation(section, wordings.get(0), n, Verdict.UNSUPPORTED,
              "sentence " + r.sentence() + " of [" + r.source() + "] does not exist");
          continue;
        }
        // a quote of several sentences runs over as many of the source's: one more than its sentence ends
        int runs = span == 1 ? 1 : Math.max(span, wordings.stream().mapToInt(CitationCheck::sentenceEnds).max().orElse(0) + 1);
        String passage = String.join(" ", sentences.subList(r.sentence(), Math.min(sentences.size(), r.sentence() + runs)));
        for (String w : wordings) {
          Verdict v = verdict(w, passage);
          if (verbatimOnly && v == Verdict.SHARED) {
            v = Verdict.UNSUPPORTED;
          }
          if (v != Verdict.UNSUPPORTED) {
            if (best == null || !best.supported() || v.ordinal() < best.verdict().ordinal()) {
              best = new Citation(section, wordings.get(0), n, v, "[" + r.source() + "] sentence " + r.sentence());
            }
          }
        }
        if (best == null) {
          best = new Citation(section, wordings.get(0), n, Verdict.UNSUPPORTED,
              "[" + r.source() + "] sentence " + r.sentence() + " lacks " + missing(wordings.get(0), passage));
        }
      }
      out.add(best);
    }
  }

  private static int sentenceEnds(String text) {
    return (int) Pattern.compile("[.!?…]+[\"”’']?\\s+").matcher(text).results().count();
  }

  /** Whether a passage supports a text, by the rule in the class comment. */
  public static Verdict verdict(String text, String passage) {
    if (normalise(passage).contains(normalise(excerptOf(text)))) {
      return Verdict.VERBATIM;
    }
    if (!figures(passage).containsAll(figures(text))) {
      return Verdict.UNSUPPORTED;
    }
    Set<String> words = new HashSet<>(Terms.of(text));
    if (words.isEmpty()) {
      return Verdict.UNSUPPORTED;
    }
    Set<String> held = new HashSet<>(Terms.of(passage));
    long shared = words.stream().filter(held::contains).count();
    return shared >= SHARED_SHARE * words.size() ? Verdict.SHARED : Verdict.UNSUPPORTED;
  }

  private static String missing(String text, String passage) {
    Set<String> figures = figures(text);
    figures.removeAll(figures(passage));
    if (!figures.isEmpty()) {
      return "figures " + figures;
    }
    Set<String> words = new java.util.TreeSet<>(Terms.of(text));
    words.removeAll(Terms.of(passage));
    return "words " + words;
  }

  static Set<String> figures(String text) {
    Set<String> out = new HashSet<>();
    // the numbers the words hold, without the letters around them: "AK-47s" and "AK-47" both hold 47,
    // "$US1 million" and "$1 million" both hold 1
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    Matcher w = SMALL_NUMBER.matcher(text);
    while (w.find()) {
      out.add(Integer.toString(NumberWords.value(w.group().toLowerCase(Locale.ROOT))));
    }
    return out;
  }

  /** Number words count as the figure they name ("twelve" = "12"): a toll in words is a toll. */
  private static final Pattern SMALL_NUMBER =
      Pattern.compile("(?i)\\b(?:" + String.join("|", NumberWords.UNITS) + "|twenty)\\b");

  /** An excerpt's words without the "…" that mark where it was cut (an excerpt cut inside is not one piece). */
  static String excerptOf(String text) {
    return text.strip().replaceAll("^(…|\\.\\.\\.)\\s*", "").replaceAll("\\s*(…|\\.\\.\\.)$", "");
  }

  /** The form the brief compares words in ({@link VerbatimForm}): case, whitespace, quote-mark and dash style aside. */
  public static String normalise(String s) {
    return VerbatimForm.of(s);
  }
}
