package org.storyfuse.analyze;

import java.util.Objects;

/**
 * A number with what it measures or counts, normalised so that reports can be compared
 * ("tens of thousands of troops" vs "100,000 troops").
 *
 * @param text       as written ("more than seven hours", "$500 million", "tens of thousands of troops")
 * @param value      the stated number, scaled ("$500 million" → 5.0E8), or null for vague amounts
 *                   ("tens of thousands")
 * @param low        lowest value the wording allows
 * @param high       highest value the wording allows, or null when unbounded ("more than seven")
 * @param unit       normalised unit: a currency code ("USD", "EUR", "GBP", "RUB"), a time unit
 *                   ("hour", "day", ...), "percent", a measure ("km", "kg", "tonne"), or null for counts
 * @param counted    what is counted or measured, lower case, as written ("troops", "negotiations"), or null
 * @param approximate true for hedged or vague wording ("about", "nearly", "tens of thousands")
 * @param sentence   index of the sentence it stands in
 * @param begin      character offset in the sentence's text
 */
public record Quantity(
    String text,
    Double value,
    double low,
    Double high,
    String unit,
    String counted,
    boolean approximate,
    int sentence,
    int begin) {

  public Quantity {
    Objects.requireNonNull(text, "text");
  }

  /** Same unit, or both plain counts of the same thing: only then are the values comparable. */
  public boolean comparableWith(Quantity other) {
    if (unit != null || other.unit != null) {
      return Objects.equals(unit, other.unit);
    }
    return counted != null && other.counted != null && stem(counted).equals(stem(other.counted));
  }

  /** Whether the two ranges admit a common value (false means the reports disagree). */
  public boolean overlaps(Quantity other) {
    double hiA = high == null ? Double.POSITIVE_INFINITY : high;
    double hiB = other.high == null ? Double.POSITIVE_INFINITY : other.high;
    return low <= hiB && other.low <= hiA;
  }

  private static String stem(String word) {
    String w = word.contains(" ") ? word.substring(word.lastIndexOf(' ') + 1) : word;
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }
}
