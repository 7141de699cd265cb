package org.storyfuse.analyze;

import org.storyfuse.analyze.TimeRules.Found;

/**
 * Dates written day first: "10 January 2022", "10th January", "30 November 2025", "the 10th of
 * January[, 2022]", "the first of June". Without a year the value is year-less ("XXXX-01-10").
 */
final class DayMonthDateRule {

  private DayMonthDateRule() {}

  static Found at(TimeReading r, int i) {
    int at = i;
    boolean article = r.w(i).equals("the");
    if (article) {
      at++;
    }
    Integer day = TimeValues.dayNumber(r.w(at));
    if (day == null || !article && TimeValues.ordinalDay(r.w(at)) != 0) {
      return null;
    }
    int m = at + 1;
    if (r.w(m).equals("of")) {
      m++;
    } else if (article) {
      return null;
    }
    Integer month = r.fullMonth(m);
    if (month == null) {
      month = r.abbreviatedMonth(m);
    }
    if (month == null || (r.w(at + 1).equals("of") && !article)) {
      return null;
    }
    if (TimeValues.YEAR.matcher(r.w(m + 1)).matches()) {
      return TimeValues.dated(i, m + 2, Integer.parseInt(r.w(m + 1)), month, day);
    }
    if (r.w(m + 1).equals(",") && TimeValues.YEAR.matcher(r.w(m + 2)).matches()) {
      return TimeValues.dated(i, m + 3, Integer.parseInt(r.w(m + 2)), month, day);
    }
    return TimeValues.valid(2000, month, day) ? new Found(i, m + 1, "DATE", TimeValues.yearless(month, day)) : null;
  }
}
