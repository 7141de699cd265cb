package org.storyfuse.analyze;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyfuse.text.Terms;

/**
 * Recognises quotes that are variants of each other across outlets: translations and transcriptions
 * differ in function words and inflection ("dead end or difference of approaches" / "That's the dead
 * end or difference in approaches"), and one outlet often quotes a fragment of another's sentence.
 * Two quotes match when nearly all content words of the shorter one occur in the longer one.
 */
public final class QuoteMatcher {

  /** Share of the shorter quote's content words the longer one must contain. */
  public static final double MIN_CONTAINMENT = 0.8;

  /**
   * A shorter quote with fewer content words than this is matched on overlap (Jaccard ≥ 0.5) rather
   * than containment: two words ("dead end") are contained in too many sentences.
   */
  private static final int MIN_TERMS = 3;

  private QuoteMatcher() {}

  /** The content words of a quote, normalised (lower case, no diacritics, plurals folded). */
  public static Set<String> terms(String quote) {
    return new LinkedHashSet<>(Terms.of(quote));
  }

  /** Share (0..1) of the shorter quote's content words that the longer one contains. */
  public static double containment(String a, String b) {
    Set<String> ta = terms(a);
    Set<String> tb = terms(b);
    Set<String> small = ta.size() <= tb.size() ? ta : tb;
    Set<String> large = small == ta ? tb : ta;
    if (small.isEmpty()) {
      return 0;
    }
    long shared = small.stream().filter(large::contains).count();
    return (double) shared / small.size();
  }

  /** Whether two quoted passages are the same words reported differently. */
  public static boolean sameQuote(String a, String b) {
    Set<String> ta = terms(a);
    Set<String> tb = terms(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    if (Math.min(ta.size(), tb.size()) < MIN_TERMS) {
      Set<String> union = new LinkedHashSet<>(ta);
      union.addAll(tb);
      long shared = ta.stream().filter(tb::contains).count();
      return shared * 2 >= union.size();
    }
    return containment(a, b) >= MIN_CONTAINMENT;
  }

  /**
   * Whether two quotes match in words and, when both speakers are known, in speaker. With the same
   * known speaker a short fragment also matches when its words, function words included, run
   * inside the other quote ("could take a week." in "The repairs could take a week, she said"):
   * content words alone say nothing about such fragments ("could", "week" are stopwords).
   */
  public static boolean sameQuote(Quote a, Quote b) {
    boolean bothKnown = a.speakerKey() != null && b.speakerKey() != null;
    if (bothKnown && !EntityNames.sameEntity(a.speaker(), b.speaker())) {
      return false;
    }
    return sameQuote(a.text(), b.text()) || (bothKnown && isFragmentOf(a.text(), b.text()));
  }

  /** Shortest fragment that counts: one word is too often a coincidence. */
  static final int MIN_FRAGMENT_WORDS = 2;

  /** Whether the shorter text's words, in order and adjacent, occur in the longer one. */
  public static boolean isFragmentOf(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    List<String> small = wa.size() <= wb.size() ? wa : wb;
    List<String> large = small == wa ? wb : wa;
    return small.size() >= MIN_FRAGMENT_WORDS && java.util.Collections.indexOfSubList(large, small) >= 0;
  }

  private static List<String> words(String text) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}']+");

  /** Groups quotes into variant sets (single-link, in input order; deterministic). */
  public static List<List<Quote>> group(List<Quote> quotes) {
    int n = quotes.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sameQuote(quotes.get(i), quotes.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    java.util.Map<Integer, List<Quote>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new java.util.ArrayList<>()).add(quotes.get(i));
    }
    return List.copyOf(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
