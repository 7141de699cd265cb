package org.storyfuse.analyze;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.TimeRules.Found;

/**
 * Clock times, on the publication date: "10 a.m.", "10:30", "8pm", "7.15pm", "15:00 BST", "noon",
 * "midnight", "6.30 in the morning", "at 8 in the evening". {@link #joined} lets a clock time take
 * the day written next to it: "08:50 on Tuesday", "6:30am BST this morning", "Monday at 10 a.m.".
 */
final class ClockTimeRule {

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d\\d)(?::\\d\\d)?([ap]\\.?m\\.?)?");
  /** "6.30", a clock time only with "am"/"pm" or "in the morning" after it (else it is a number). */
  private static final Pattern DOTTED_CLOCK = Pattern.compile("(\\d{1,2})\\.(\\d\\d)([ap]\\.?m\\.?)?");
  private static final Pattern HOUR_AMPM = Pattern.compile("(\\d{1,2})([ap])\\.?m\\.?");
  private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
  private static final Pattern AMPM = Pattern.compile("([ap])\\.?m\\.?");

  /** Words before a bare hour that make it a clock time ("at 8 in the evening"). */
  private static final Set<String> CLOCK_PREPOSITIONS = Set.of(
      "at", "by", "until", "till", "around", "about", "from", "before", "after");

  /** Time zones SUTime folds into a clock time, with the offset it writes. */
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("gmt", "+0000"), Map.entry("utc", "+0000"), Map.entry("bst", "+0100"), Map.entry("cet", "+0100"),
      Map.entry("cest", "+0200"), Map.entry("est", "-0500"), Map.entry("edt", "-0400"),
      Map.entry("cst", "-0600"), Map.entry("pst", "-0800"), Map.entry("pdt", "-0700"),
      Map.entry("msk", "+0300"), Map.entry("eet", "+0200"));

  /** Words naming the day of a clock time that follows it. */
  private static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "this");

  private ClockTimeRule() {}

  static Found at(TimeReading r, int i) {
    int hour;
    int minute = 0;
    int end;
    Matcher m;
    if (r.w(i).equals("noon") || r.w(i).equals("midday")) {
      hour = 12;
      end = i + 1;
    } else if (r.w(i).equals("midnight")) {
      hour = 0;
      end = i + 1;
    } else if ((m = CLOCK.matcher(r.w(i))).matches()
        || (m = DOTTED_CLOCK.matcher(r.w(i))).matches() && (m.group(3) != null || AMPM.matcher(r.w(i + 1)).matches()
            || r.w(i + 1).equals("in") && r.w(i + 2).equals("the") && TimeValues.PARTS_OF_DAY.containsKey(r.w(i + 3)))) {
      hour = Integer.parseInt(m.group(1));
      minute = Integer.parseInt(m.group(2));
      end = i + 1;
      Matcher ampm = AMPM.matcher(r.w(i + 1));
      String suffix = m.group(3) != null ? m.group(3) : ampm.matches() ? ampm.group(1) : null;
      if (m.group(3) == null && ampm.matches()) {
        end++;
      }
      hour = twentyFour(hour, suffix);
    } else if ((m = HOUR_AMPM.matcher(r.w(i))).matches()) {
      hour = twentyFour(Integer.parseInt(m.group(1)), m.group(2));
      end = i + 1;
    } else if (HOUR.matcher(r.w(i)).matches() && AMPM.matcher(r.w(i + 1)).matches()) {
      hour = twentyFour(Integer.parseInt(r.w(i)), r.w(i + 1).substring(0, 1));
      end = i + 2;
    } else if (HOUR.matcher(r.w(i)).matches() && CLOCK_PREPOSITIONS.contains(r.w(i - 1)) && r.w(i + 1).equals("in")
        && r.w(i + 2).equals("the") && TimeValues.PARTS_OF_DAY.containsKey(r.w(i + 3))) {
      hour = Integer.parseInt(r.w(i)); // "at 8 in the evening": the part of the day follows
      end = i + 1;
    } else {
      return null;
    }
    if (hour < 0 || hour > 24 || minute > 59) {
      return null;
    }
    if (end == i + 1 && hour == 12 && r.w(end).equals("noon")) {
      end++; // "12:00 noon"
    }
    if (r.w(end).equals("in") && r.w(end + 1).equals("the") && TimeValues.PARTS_OF_DAY.containsKey(r.w(end + 2))
        && hour <= 12) {
      // "6.30 in the morning", "8 in the evening" is 20:00
      boolean later = !r.w(end + 2).equals("morning") && hour < 12 && (hour >= 5 || !r.w(end + 2).equals("night"));
      hour = later ? hour + 12 : hour;
      end += 3;
    }
    String zone = ZONES.get(r.w(end));
    if (zone != null) {
      end++;
    } else {
      zone = "";
    }
    String time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute) + zone;
    return new Found(i, end, "TIME", r.docDate() == null ? null : r.docDate() + time);
  }

  private static int twentyFour(int hour, String suffix) {
    if (suffix == null) {
      return hour;
    }
    if (hour < 1 || hour > 12) {
      return -1;
    }
    boolean pm = suffix.startsWith("p");
    return hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
  }

  /**
   * The expression {@code f} any family found, joined with the day or the clock time written next
   * to it: a clock time next to a date reads as one time ("08:50 on Tuesday", "midnight on Monday",
   * "15:30 today"); a date followed by "at" and a clock time too ("Monday at 10 a.m.", "Thursday
   * 00:36:08 UTC"). Else {@code f} itself.
   */
  static Found joined(TimeReading r, Found f) {
    if (f.type().equals("TIME") && f.value() != null && f.value().length() >= 16 && f.value().charAt(10) == 'T'
        && r.w(f.end()).equals("on")) {
      Found date = TimeRules.calendar(r, f.end() + 1);
      if (date != null && date.type().equals("DATE") && TimeValues.isDay(date.value())) {
        return new Found(f.start(), date.end(), "TIME", date.value() + f.value().substring(10));
      }
    }
    if (f.type().equals("TIME") && f.value() != null && f.value().length() >= 16 && f.value().charAt(10) == 'T'
        && DAY_WORDS.contains(r.w(f.end()))) {
      // "6:30am BST this morning", "15:30 today"
      Found day = TimeRules.relative(r, f.end());
      // only a day joins ("this week" is "2022-W02": a clock time on a week is no instant)
      if (day != null && day.value() != null && day.value().length() >= 10
          && TimeValues.isDay(day.value().substring(0, 10))) {
        return new Found(f.start(), day.end(), "TIME", day.value().substring(0, 10) + f.value().substring(10));
      }
    }
    if (f.type().equals("DATE") && TimeValues.isDay(f.value())) {
      // "Monday at 10 a.m.", "Thursday 00:36:08 UTC"
      int from = r.w(f.end()).equals("at") || r.w(f.end()).equals(",") ? f.end() + 1 : f.end();
      Found time = at(r, from);
      if (time != null && time.value() != null
          && (from > f.end() || !r.w(from).equals("noon") && !r.w(from).equals("midnight"))) {
        return new Found(f.start(), time.end(), "TIME", f.value() + time.value().substring(10));
      }
    }
    return f;
  }
}
