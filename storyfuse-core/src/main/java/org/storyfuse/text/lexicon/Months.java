package org.storyfuse.text.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English month names and the abbreviations news writes ("Jan", "Sept"). Lookups take a word in
 * lower case ({@link java.util.Locale#ROOT}) without a trailing dot and answer 1..12, or 0 when the
 * word is not such a name.
 */
public final class Months {

  /** "january" … "december", in calendar order. */
  public static final List<String> NAMES = List.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");

  /**
   * The abbreviations, in calendar order: the first three letters of each name but "may" (which is
   * its own name), and "sept".
   */
  public static final List<String> ABBREVIATIONS = List.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private static final Map<String, Integer> BY_NAME = byName();
  private static final Map<String, Integer> BY_ABBREVIATION = byAbbreviation();

  private Months() {}

  /** 1..12 for a full month name ("march"), else 0. */
  public static int ofName(String word) {
    return BY_NAME.getOrDefault(word, 0);
  }

  /** 1..12 for an abbreviation ("jan", "sept"; not "may"), else 0. */
  public static int ofAbbreviation(String word) {
    return BY_ABBREVIATION.getOrDefault(word, 0);
  }

  /** 1..12 for a full name or an abbreviation, else 0. */
  public static int ofNameOrAbbreviation(String word) {
    int month = ofName(word);
    return month != 0 ? month : ofAbbreviation(word);
  }

  private static Map<String, Integer> byName() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      m.put(NAMES.get(i), i + 1);
    }
    return Map.copyOf(m);
  }

  private static Map<String, Integer> byAbbreviation() {
    Map<String, Integer> m = new HashMap<>();
    for (String a : ABBREVIATIONS) {
      // every abbreviation is the start of its month's name
      for (int i = 0; i < NAMES.size(); i++) {
        if (NAMES.get(i).startsWith(a)) {
          m.put(a, i + 1);
        }
      }
    }
    return Map.copyOf(m);
  }
}
