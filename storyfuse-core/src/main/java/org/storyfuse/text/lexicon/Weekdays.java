package org.storyfuse.text.lexicon;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English weekday names and their abbreviations. Lookups take a word in lower case
 * ({@link Locale#ROOT}) without a trailing dot and answer the {@link DayOfWeek}, or null when the
 * word is not such a name.
 */
public final class Weekdays {

  /** "monday" … "sunday", Monday first (ISO order, as {@link DayOfWeek}). */
  public static final List<String> NAMES = names();

  /**
   * The abbreviations datelines and page headers write, Monday first: the first three letters of
   * each name ("mon", "thu"), and the longer "tues", "thur", "thurs".
   */
  public static final List<String> ABBREVIATIONS = List.of(
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  private static final Map<String, DayOfWeek> BY_NAME = index(NAMES);
  private static final Map<String, DayOfWeek> BY_ABBREVIATION = index(ABBREVIATIONS);

  private Weekdays() {}

  /** The weekday of a full name ("monday"), else null. */
  public static DayOfWeek ofName(String word) {
    return BY_NAME.get(word);
  }

  /** The weekday of a three-letter abbreviation ("mon", "thu"), else null. */
  public static DayOfWeek ofShortName(String word) {
    return word.length() == 3 ? BY_ABBREVIATION.get(word) : null;
  }

  /** The weekday of any abbreviation in {@link #ABBREVIATIONS} ("tue", "tues", "thurs"), else null. */
  public static DayOfWeek ofAbbreviation(String word) {
    return BY_ABBREVIATION.get(word);
  }

  private static List<String> names() {
    return java.util.Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
  }

  private static Map<String, DayOfWeek> index(List<String> words) {
    Map<String, DayOfWeek> m = new HashMap<>();
    for (String w : words) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) {
          m.put(w, d);
        }
      }
    }
    return Map.copyOf(m);
  }
}
