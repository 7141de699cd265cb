package org.storyfuse.analyze;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words without which SUTime finds no time expression in news text: calendar names, deictic time
 * words, time units, numbers that look like years, dates or clock times. {@link TimeTagger} reads
 * only around them. Expressions made of none of these ("the 12th", "early on", holidays not listed
 * here) are what the windowed reading gives up; docs/EVALUATION.md measures how often that happens.
 */
final class TimeWords {

  private static final Set<String> WORDS = Set.of(
      // weekdays and months, with their abbreviations
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec",
      // deictic and relative
      "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "ago", "soon",
      "nowadays", "previously", "formerly", "lately", "meanwhile", "later", "earlier", "past", "present",
      "future",
      // units and parts of days and years
      "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend",
      "weekends", "fortnight", "month", "months", "year", "years", "decade", "decades", "century",
      "centuries", "millennium", "quarter", "quarters", "season", "seasons", "morning", "mornings",
      "afternoon", "afternoons", "evening", "evenings", "night", "nights", "noon", "midday", "midnight",
      "dawn", "dusk", "daybreak", "overnight", "daily", "weekly", "monthly", "annually", "yearly",
      "hourly", "nightly", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter",
      "ramadan", "eve", "holiday", "holidays", "thanksgiving", "a.m.", "p.m.", "am", "pm", "a.m", "p.m",
      "o'clock", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "fiscal", "fy", "q1", "q2", "q3",
      "q4", "h1", "h2", "semester", "anniversary", "annual", "biannual", "centennial");

  /** Years 1000-2199, decades ("1990s", "'90s", "90s"), dates and clock times, day ordinals. */
  private static final Pattern NUMERIC = Pattern.compile(
      "(1\\d|20|21)\\d\\d|(1\\d|20|21)?\\d0'?s|'\\d\\d(s)?|\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?"
          + "|\\d{1,2}:\\d\\d(:\\d\\d)?([ap]\\.?m\\.?)?|\\d{1,2}([ap]\\.?m\\.?|h)|\\d{1,2}(st|nd|rd|th)"
          + "|\\d{4}-\\d\\d-\\d\\d(T.*)?",
      Pattern.CASE_INSENSITIVE);

  private TimeWords() {}

  static boolean isTimeWord(String token) {
    if (token == null || token.isEmpty()) {
      return false;
    }
    String w = token.toLowerCase(Locale.ROOT);
    if (WORDS.contains(w) || WORDS.contains(w.replace("’", "'"))) {
      return true;
    }
    if (w.indexOf('-') > 0) {
      // "mid-January", "two-day", "24-hour", "mid-2020"
      for (String part : w.split("-")) {
        if (!part.isEmpty() && isTimeWord(part)) {
          return true;
        }
      }
    }
    char c = w.charAt(0);
    return (Character.isDigit(c) || c == '\'' || c == '’') && NUMERIC.matcher(w.replace('’', '\'')).matches();
  }
}
