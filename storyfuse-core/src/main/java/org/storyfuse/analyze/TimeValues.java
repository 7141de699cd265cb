package org.storyfuse.analyze;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.lexicon.NumberWords;

/**
 * What several {@link TimeRules} families share: TIMEX3 values as SUTime writes them, day numbers,
 * and the few time words more than one family reads (parts of the day, seasons, period edges).
 */
final class TimeValues {

  /** A four-digit year from 1000 to 2199. */
  static final Pattern YEAR = Pattern.compile("(1[0-9]|20|21)\\d\\d");

  /** Parts of the day and the TIMEX3 suffix SUTime gives them. */
  static final Map<String, String> PARTS_OF_DAY = Map.of(
      "morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

  static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "autumn", "FA", "winter", "WI");

  /** Words that open a period named by its edge: "early March", "late on Thursday". */
  static final Set<String> EDGES = Set.of("early", "late", "mid");

  /** Prepositions after which a capitalised month name is a month ("in May"), not a name. */
  static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "from", "of", "during", "through", "before", "after", "early",
      "late", "mid", "last", "next", "this", "to", "and", "or", "between", "throughout", "that", "each", "every");

  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
  private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?[-–](\\d{1,2})(st|nd|rd|th)?");

  private TimeValues() {}

  /** A year-less month ("XXXX-03") or day ("XXXX-03-03") for {@link TimeExtractor} to anchor by tense. */
  static String yearless(int month, int day) {
    return day == 0 ? String.format(Locale.ROOT, "XXXX-%02d", month)
        : String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
  }

  /** The day, as a DATE over tokens [start, end), when it is a real calendar day; else null. */
  static TimeRules.Found dated(int start, int end, int year, int month, int day) {
    return valid(year, month, day)
        ? new TimeRules.Found(start, end, "DATE", LocalDate.of(year, month, day).toString()) : null;
  }

  static boolean valid(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  /** A value that names one day, resolved ("2022-01-10") or to be anchored ("XXXX-WXX-1"). */
  static boolean isDay(String value) {
    return value != null && (value.length() == 10 && Character.isDigit(value.charAt(0))
        || value.startsWith("XXXX-WXX-") && value.length() == 10
        || value.startsWith("XXXX-") && value.length() == 10 && value.charAt(7) == '-');
  }

  /** ISO week name of a date, as SUTime writes weeks ("2022-W02"). */
  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** An ordinal word naming a day of the month, "first" to "thirty-first", or 0. */
  static int ordinalDay(String w) {
    int n = NumberWords.ordinal(w);
    return n <= 31 ? n : 0;
  }

  /** A day after a month name, in digits only ("March 3", "March 3rd"; "March first" is no date). */
  static Integer digitDay(String w) {
    return ordinalDay(w) != 0 ? null : dayNumber(w);
  }

  /** A day of the month: "3", "3rd", "3-4" (the first), "third"; or null. */
  static Integer dayNumber(String w) {
    int ordinal = ordinalDay(w);
    if (ordinal != 0) {
      return ordinal;
    }
    Matcher m = DAY.matcher(w);
    if (!m.matches()) {
      m = DAY_RANGE.matcher(w);
      if (!m.matches()) {
        return null;
      }
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : null;
  }
}
