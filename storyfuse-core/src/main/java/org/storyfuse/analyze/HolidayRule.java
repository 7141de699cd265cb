package org.storyfuse.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.storyfuse.analyze.TimeRules.Found;

/**
 * Holidays, capitalised: fixed dates ("Christmas [Day|Eve]", "New Year's Day|Eve", "Valentine's
 * Day", "Halloween") year-less for tense to anchor, and movable ones in the publication year
 * ("Easter [Sunday|Monday]", "Good Friday", "Thanksgiving [Day]", "Black Friday", "Cyber Monday").
 */
final class HolidayRule {

  private HolidayRule() {}

  static Found at(TimeReading r, int i) {
    if (!r.capitalised(i)) {
      return null;
    }
    LocalDate docDate = r.docDate();
    switch (r.w(i)) {
      case "christmas" -> {
        if (r.w(i + 1).equals("eve")) {
          return new Found(i, i + 2, "DATE", TimeValues.yearless(12, 24));
        }
        return new Found(i, r.w(i + 1).equals("day") ? i + 2 : i + 1, "DATE", TimeValues.yearless(12, 25));
      }
      case "new" -> {
        if (r.w(i + 1).equals("year") && r.w(i + 2).equals("'s")) {
          if (r.w(i + 3).equals("eve")) {
            return new Found(i, i + 4, "DATE", TimeValues.yearless(12, 31));
          }
          if (r.w(i + 3).equals("day")) {
            return new Found(i, i + 4, "DATE", TimeValues.yearless(1, 1));
          }
        }
        return null;
      }
      case "valentine" -> {
        return r.w(i + 1).equals("'s") && r.w(i + 2).equals("day")
            ? new Found(i, i + 3, "DATE", TimeValues.yearless(2, 14)) : null;
      }
      case "halloween" -> {
        return new Found(i, i + 1, "DATE", TimeValues.yearless(10, 31));
      }
      case "easter" -> {
        // the publication year's; "Easter Sunday" / "Easter Monday"
        int end = r.w(i + 1).equals("sunday") ? i + 2 : r.w(i + 1).equals("monday") ? i + 2 : i + 1;
        int shift = r.w(i + 1).equals("monday") ? 1 : 0;
        return new Found(i, end, "DATE", docDate == null ? null : easter(docDate.getYear()).plusDays(shift).toString());
      }
      case "black", "cyber" -> {
        // the Friday and the Monday after Thanksgiving, the publication year's
        boolean black = r.w(i).equals("black");
        if (!r.w(i + 1).equals(black ? "friday" : "monday") || !r.capitalised(i + 1)) {
          return null;
        }
        return new Found(i, i + 2, "DATE",
            docDate == null ? null : thanksgiving(docDate.getYear()).plusDays(black ? 1 : 4).toString());
      }
      case "good" -> {
        return r.w(i + 1).equals("friday") && r.capitalised(i + 1)
            ? new Found(i, i + 2, "DATE", docDate == null ? null : easter(docDate.getYear()).minusDays(2).toString())
            : null;
      }
      case "thanksgiving" -> {
        LocalDate d = docDate == null ? null : thanksgiving(docDate.getYear());
        return new Found(i, r.w(i + 1).equals("day") ? i + 2 : i + 1, "DATE", d == null ? null : d.toString());
      }
      default -> {
        return null;
      }
    }
  }

  /** US Thanksgiving: the fourth Thursday of November. */
  static LocalDate thanksgiving(int year) {
    return LocalDate.of(year, 11, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }

  /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
