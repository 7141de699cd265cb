package org.storyfuse.text.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English numbers written as words: cardinals ("two", "twenty-one"), "dozen" and "hundred", the
 * scales ("million") and ordinals ("third", "thirty-first"). Lookups take a word in lower case
 * ({@link java.util.Locale#ROOT}); compounds are one word with a hyphen, as news writes them.
 */
public final class NumberWords {

  /** "zero" … "nineteen", by value. */
  public static final List<String> UNITS = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");

  /** "twenty" … "ninety", by value. */
  public static final List<String> TENS = List.of(
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /** "first" … "nineteenth", by value (index 0 is "first"). */
  public static final List<String> ORDINAL_UNITS = List.of(
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth");

  /** "twentieth" … "ninetieth", by value. */
  public static final List<String> ORDINAL_TENS = List.of(
      "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth");

  /** The scale words and what they multiply by. */
  public static final Map<String, Double> SCALES = Map.of(
      "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private static final Map<String, Integer> VALUES = values();
  private static final Map<String, Integer> ORDINALS = ordinals();

  private NumberWords() {}

  /**
   * The value of a number written as one word: "zero" to "ninety-nine" ("twenty-one"), "dozen"
   * (12) and "hundred" (100); -1 for any other word.
   */
  public static int value(String word) {
    return VALUES.getOrDefault(word, -1);
  }

  /** Whether {@link #value} knows the word. */
  public static boolean isNumberWord(String word) {
    return VALUES.containsKey(word);
  }

  /** The multiplier of a scale word ("million" → 1e6), or 0. */
  public static double scale(String word) {
    return SCALES.getOrDefault(word, 0d);
  }

  /** The value of an ordinal word, "first" to "ninety-ninth" ("thirty-first" → 31), or 0. */
  public static int ordinal(String word) {
    return ORDINALS.getOrDefault(word, 0);
  }

  private static Map<String, Integer> values() {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < UNITS.size(); k++) {
      m.put(UNITS.get(k), k);
    }
    for (int k = 0; k < TENS.size(); k++) {
      int tens = (k + 2) * 10;
      m.put(TENS.get(k), tens);
      for (int u = 1; u < 10; u++) {
        m.put(TENS.get(k) + "-" + UNITS.get(u), tens + u);
      }
    }
    m.put("dozen", 12);
    m.put("hundred", 100);
    return Map.copyOf(m);
  }

  private static Map<String, Integer> ordinals() {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < ORDINAL_UNITS.size(); k++) {
      m.put(ORDINAL_UNITS.get(k), k + 1);
    }
    for (int k = 0; k < ORDINAL_TENS.size(); k++) {
      int tens = (k + 2) * 10;
      m.put(ORDINAL_TENS.get(k), tens);
      for (int u = 1; u < 10; u++) {
        m.put(TENS.get(k) + "-" + ORDINAL_UNITS.get(u - 1), tens + u);
      }
    }
    return Map.copyOf(m);
  }
}
