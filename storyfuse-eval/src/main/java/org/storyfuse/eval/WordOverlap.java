package org.storyfuse.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bag-of-words overlap between an extraction and its reference, as the public extraction
 * benchmarks (WCXB, ScrapingHub's) score it: lowercase {@code \w+} words, each word counted as
 * often as it occurs in both.
 */
public final class WordOverlap {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Precision and recall of one page. */
  public record Score(double precision, double recall) {

    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private WordOverlap() {}

  /**
   * Scores {@code predicted} against {@code reference}. An empty reference scores 1 when the
   * prediction is empty too and 0 otherwise; an empty prediction scores 0 (the benchmark's rules).
   */
  public static Score score(String predicted, String reference) {
    Map<String, Integer> pred = bag(predicted);
    Map<String, Integer> ref = bag(reference);
    int predTotal = total(pred);
    int refTotal = total(ref);
    if (refTotal == 0) {
      return predTotal == 0 ? new Score(1, 1) : new Score(0, 0);
    }
    if (predTotal == 0) {
      return new Score(0, 0);
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    return new Score((double) overlap / predTotal, (double) overlap / refTotal);
  }

  /** Lowercase {@code \w+} words with their counts. */
  public static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
    return out;
  }

  private static int total(Map<String, Integer> bag) {
    int n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }
}
