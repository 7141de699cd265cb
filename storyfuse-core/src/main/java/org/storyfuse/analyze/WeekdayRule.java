package org.storyfuse.analyze;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import org.storyfuse.analyze.TimeRules.Found;
import org.storyfuse.text.lexicon.Weekdays;

/**
 * A weekday, maybe with a part of the day: "Monday" ("XXXX-WXX-1", for {@link TimeExtractor} to
 * anchor by tense), "Tuesday night", "Wednesday early morning"; "Monday, January 10, 2022" takes the
 * stated date. Not a weekday inside a name: "Black Friday", "Super Tuesday", "NFL Sunday Ticket".
 */
final class WeekdayRule {

  /** Capitalised words a weekday may follow at a sentence's start. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "on", "last", "next", "this", "since", "by", "until", "till", "from", "every", "each", "the", "early", "late",
      "before", "after", "through", "that", "for", "and", "but", "so", "then", "as", "of", "at", "or");

  private WeekdayRule() {}

  static Found at(TimeReading r, int i) {
    DayOfWeek day = weekdayAt(r, i);
    if (day == null) {
      return null;
    }
    // "Monday, January 10[, 2022]": the stated date wins.
    if (r.w(i + 1).equals(",") && i + 2 < r.size()) {
      Found date = MonthDateRule.at(r, i + 2);
      if (date == null) {
        date = DayMonthDateRule.at(r, i + 2);
      }
      if (date != null && date.value() != null && date.value().length() == 10) {
        return new Found(i, date.end(), "DATE", date.value());
      }
    }
    String value = "XXXX-WXX-" + day.getValue();
    // "the second Tuesday of each month", "the first Monday of the month": a rule of the calendar
    // (TIMEX3 SET), not a day that something happened on
    int recurring = recurringEnd(r, i);
    if (recurring > 0) {
      return new Found(i, recurring, "SET", value);
    }
    int p = TimeValues.EDGES.contains(r.w(i + 1)) ? i + 2 : i + 1;
    String part = TimeValues.PARTS_OF_DAY.get(r.w(p));
    return part == null ? new Found(i, i + 1, "DATE", value) : new Found(i, p + 1, "TIME", value + part);
  }

  /**
   * The end of "Tuesday of each month" / "of every month" / "of the month" (any calendar unit) after
   * the weekday at token i, or 0. "The first Monday of the month" reads as recurring too: a weekday
   * of "the month", with no month named, is the calendar's, not one date's.
   */
  private static int recurringEnd(TimeReading r, int i) {
    if (!r.w(i + 1).equals("of")) {
      return 0;
    }
    String quantifier = r.w(i + 2);
    if ((quantifier.equals("each") || quantifier.equals("every") || quantifier.equals("the"))
        && RECURRING_UNITS.contains(r.w(i + 3))) {
      return i + 4;
    }
    return 0;
  }

  private static final Set<String> RECURRING_UNITS = Set.of("month", "week", "year", "quarter");

  /** The weekday a capitalised weekday name at token i names, unless it is part of a name; else null. */
  static DayOfWeek weekdayAt(TimeReading r, int i) {
    String w = r.w(i);
    if (w.length() < 6 || !w.endsWith("day") || !r.capitalised(i) || r.inName(i)) {
      return null;
    }
    // upper- then lower-cased as DayOfWeek.valueOf read it ("Frıday" with a dotless i is Friday)
    DayOfWeek day = Weekdays.ofName(w.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    if (day == null) {
      return null;
    }
    // "Black Friday", "Super Tuesday", "NFL Sunday Ticket": holidays and names, not the weekday;
    // "On Monday", "Last Friday" open a sentence.
    if (i > 0 && r.capitalised(i - 1) && Character.isLetter(r.w(i - 1).charAt(0))
        && !SENTENCE_OPENERS.contains(r.w(i - 1))) {
      return null;
    }
    return day;
  }
}
