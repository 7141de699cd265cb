package org.storyfuse.ingest.dates;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day, and the zone written with it, right before or right after a date: "16:12 UTC",
 * "4:12pm", "11:40 AM,", "T16:12:00.000+03:00", "16:12:00 GMT", "+0000". A bare number is never a
 * time: it needs minutes or am/pm, so "January 14, 2022 12 people died" has no time.
 *
 * @param start  where the time text starts (for a time after a date: the end of the date)
 * @param end    where it ends (for a time before a date: the start of the date)
 * @param time   the time of day
 * @param offset the stated zone as an offset, or null when none was written
 */
record TimeOfDay(int start, int end, LocalTime time, ZoneOffset offset) {

  private static final String SP = Names.SP;

  private static final String TIME =
      "(?<h>[0-9]{1,2})(?::(?<mi>[0-5][0-9])(?::(?<s>[0-5][0-9]|60)(?:[.,][0-9]{1,9})?)?)?(?![0-9])"
          + "(?:" + SP + "*(?<ap>[ap])\\.?m\\b\\.?)?";

  /**
   * Zone abbreviations whose offset is unambiguous in English-language news. CST and IST are left
   * out on purpose: each names several zones, and a wrong instant is worse than none.
   */
  private static final Map<String, Integer> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("UT", 0),
          Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60),
          Map.entry("CDT", -5 * 60),
          Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60),
          Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60),
          Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 2 * 60),
          Map.entry("EET", 2 * 60), Map.entry("EEST", 3 * 60), Map.entry("MSK", 3 * 60),
          Map.entry("JST", 9 * 60), Map.entry("KST", 9 * 60), Map.entry("HKT", 8 * 60),
          Map.entry("SGT", 8 * 60), Map.entry("AEST", 10 * 60), Map.entry("AEDT", 11 * 60));

  private static final String ZONE =
      "(?:(?<z>Z)(?![a-z0-9])"
          + "|" + SP + "*(?<off>[+-][0-9]{2}(?::?[0-9]{2})?)(?![0-9])"
          + "|" + SP + "*\\(?(?<abbr>" + String.join("|", longestFirst(ABBREVIATIONS.keySet())) + ")\\b\\)?"
          + "(?:(?<aoff>[+-][0-9]{1,2}(?::?[0-9]{2})?)(?![0-9]))?)?";

  /** Between a date and a following time: "T", ", ", " at ", " - ", " | ". */
  private static final Pattern AFTER_DATE =
      Pattern.compile(
          "(?:T|,?" + SP + "*(?:(?:at|@|[-\\u2013\\u2014|])" + SP + "*)?)" + TIME + ZONE,
          Pattern.CASE_INSENSITIVE);

  /** A time and its separator that end exactly where a date starts: "11:40 AM, ", "4pm on ". */
  private static final Pattern BEFORE_DATE =
      Pattern.compile(
          "(?<![0-9:.])" + TIME + ZONE
              + "(?:" + SP + "*[,|\\-\\u2013\\u2014]" + SP + "*|" + SP + "+on" + SP + "+|" + SP + "+)\\z",
          Pattern.CASE_INSENSITIVE);

  /** Longest stretch of text before a date that is searched for a time. */
  private static final int LOOK_BACK = 40;

  /** Longest stretch of text after a date that is searched for a time. */
  private static final int LOOK_AHEAD = 48;

  /** A time (and zone) that starts at {@code from}, the end of a date, within {@code limit}. */
  static Optional<TimeOfDay> after(String text, int from, int limit) {
    Matcher m = AFTER_DATE.matcher(text);
    m.region(from, Math.min(limit, from + LOOK_AHEAD));
    m.useTransparentBounds(true);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return read(m, from, m.end());
  }

  /** A time (and zone) that ends at {@code to}, the start of a date, starting no earlier than floor. */
  static Optional<TimeOfDay> before(String text, int floor, int to) {
    Matcher m = BEFORE_DATE.matcher(text);
    m.region(Math.max(floor, to - LOOK_BACK), to);
    m.useTransparentBounds(true);
    if (!m.find()) {
      return Optional.empty();
    }
    return read(m, m.start(), to);
  }

  private static Optional<TimeOfDay> read(Matcher m, int start, int end) {
    if (m.group("mi") == null && m.group("ap") == null) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group("h"));
    int minute = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
    int second = m.group("s") == null ? 0 : Math.min(59, Integer.parseInt(m.group("s")));
    if (m.group("ap") != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (m.group("ap").equalsIgnoreCase("p") ? 12 : 0);
    }
    if (hour > 23) {
      return Optional.empty();
    }
    try {
      return Optional.of(new TimeOfDay(start, end, LocalTime.of(hour, minute, second), offset(m)));
    } catch (DateTimeException e) {
      return Optional.empty(); // an offset beyond +-18:00 or the like: not a real time
    }
  }

  /** The stated offset, or null when no zone was written. */
  private static ZoneOffset offset(Matcher m) {
    if (m.group("z") != null) {
      return ZoneOffset.UTC;
    }
    if (m.group("off") != null) {
      return ZoneOffset.ofTotalSeconds(minutes(m.group("off")) * 60);
    }
    if (m.group("abbr") != null) {
      int base = ABBREVIATIONS.get(m.group("abbr").toUpperCase(Locale.ROOT));
      int extra = m.group("aoff") == null ? 0 : minutes(m.group("aoff"));
      return ZoneOffset.ofTotalSeconds((base + extra) * 60);
    }
    return null;
  }

  /** Alternation order for the regex: longer names first, so "EEST" is not read as "EET"... */
  private static List<String> longestFirst(Collection<String> names) {
    return names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** "+03:00", "+0300", "+03", "-5" as signed minutes. */
  private static int minutes(String offset) {
    int sign = offset.charAt(0) == '-' ? -1 : 1;
    String digits = offset.substring(1).replace(":", "");
    int hours;
    int mins = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      mins = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    if (mins > 59) {
      throw new DateTimeException("minutes out of range: " + offset);
    }
    return sign * (hours * 60 + mins);
  }
}
