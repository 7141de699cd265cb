package org.storyfuse.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.storyfuse.analyze.TimeRules.Found;

/**
 * Periods counted from the publication date's: "last week", "next month", "this year", "the past
 * week" (this week, to SUTime), "over the last year", "last Monday", "this June", "next March 11",
 * "this summer", "last night", "this morning", "last weekend". Not "following"/"previous": "the
 * following week" counts from the story's events, not from today; not a bare "past": "in past years"
 * is no particular year.
 */
final class RelativePeriodRule {

  private RelativePeriodRule() {}

  static Found at(TimeReading r, int i) {
    String w = r.w(i);
    switch (w) {
      case "last", "next", "this", "coming" -> {
        return shiftedPeriod(r, i, i, w);
      }
      case "the" -> {
        String next = r.w(i + 1);
        if (next.equals("past") || next.equals("coming") || next.equals("next") || next.equals("last")) {
          // "over the last year" is the past year, as "the past week" is this week to SUTime
          return shiftedPeriod(r, i, i + 1, next.equals("last") ? "past" : next);
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /** "last week", "next month", "this year", "the past week", "last Monday", "this summer". */
  private static Found shiftedPeriod(TimeReading r, int start, int at, String how) {
    LocalDate docDate = r.docDate();
    int shift = switch (how) {
      case "last" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    String unit = r.w(at + 1);
    Integer month = r.fullMonth(at + 1);
    if (month != null && !how.equals("coming")) {
      String ym = docDate == null ? null : monthOf(docDate, month, shift);
      Integer day = TimeValues.digitDay(r.w(at + 2));
      if (day != null) {
        // "next March 11": that day in next March, not the one days before
        Found d = ym == null ? null : TimeValues.dated(start, at + 3, Integer.parseInt(ym.substring(0, 4)), month, day);
        return d != null ? d : new Found(start, at + 3, "DATE", null);
      }
      return new Found(start, at + 2, "DATE", ym);
    }
    DayOfWeek day = WeekdayRule.weekdayAt(r, at + 1);
    if (day != null) {
      String value = docDate == null ? null : weekdayOfWeek(docDate, day, shift).toString();
      return new Found(start, at + 2, "DATE", value);
    }
    if (TimeValues.SEASONS.containsKey(unit)) {
      int year = docDate == null ? 0 : docDate.getYear() + shift;
      return new Found(start, at + 2, "DATE", docDate == null ? null : year + "-" + TimeValues.SEASONS.get(unit));
    }
    if (how.equals("last") && unit.equals("night")) {
      return new Found(start, at + 2, "TIME", docDate == null ? null : docDate.minusDays(1) + "TNI");
    }
    if (how.equals("this") && TimeValues.PARTS_OF_DAY.containsKey(unit)) {
      return new Found(start, at + 2, "TIME", docDate == null ? null : docDate + TimeValues.PARTS_OF_DAY.get(unit));
    }
    if (unit.equals("weekend")) {
      return new Found(start, at + 2, "DATE", docDate == null ? null : TimeValues.week(docDate.plusWeeks(shift)) + "-WE");
    }
    if (isPeriodUnit(unit)) {
      // "the past week" is the current week to SUTime; "the past two weeks" is a duration.
      return new Found(start, at + 2, "DATE", shifted(r, unit, how.equals("past") ? 0 : shift));
    }
    return null;
  }

  static boolean isPeriodUnit(String w) {
    return w.equals("week") || w.equals("month") || w.equals("year");
  }

  /** The week, month or year {@code shift} periods from the publication date's; null without one. */
  static String shifted(TimeReading r, String unit, int shift) {
    LocalDate docDate = r.docDate();
    if (docDate == null) {
      return null;
    }
    return switch (unit) {
      case "week" -> TimeValues.week(docDate.plusWeeks(shift));
      case "month" -> docDate.plusMonths(shift).toString().substring(0, 7);
      case "year" -> Integer.toString(docDate.getYear() + shift);
      default -> null;
    };
  }

  /**
   * "this June" (the publication year's), "last March" (the latest before the publication month),
   * "next May" (the first after it).
   */
  private static String monthOf(LocalDate docDate, int month, int shift) {
    int now = docDate.getMonthValue();
    int year = docDate.getYear();
    if (shift < 0 && month >= now) {
      year--;
    } else if (shift > 0 && month <= now) {
      year++;
    }
    return String.format(Locale.ROOT, "%d-%02d", year, month);
  }

  /** The given weekday in the week {@code shift} weeks from the publication date's. */
  private static LocalDate weekdayOfWeek(LocalDate docDate, DayOfWeek day, int shift) {
    return docDate.plusWeeks(shift).with(day);
  }
}
