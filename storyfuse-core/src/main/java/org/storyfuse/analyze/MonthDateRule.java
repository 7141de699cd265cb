package org.storyfuse.analyze;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.TimeRules.Found;
import org.storyfuse.text.lexicon.Months;

/**
 * Dates written month first: "January 10", "Jan. 10, 2022", "June 1 last year", "January 2022",
 * "January of 2022", "March", "August this year", "mid-January", "mid-2020". Without a year the
 * value is year-less ("XXXX-01-10", "XXXX-03") for {@link TimeExtractor} to anchor by tense.
 */
final class MonthDateRule {

  private static final Pattern MID_HYPHEN = Pattern.compile("mid-(.+)");

  private MonthDateRule() {}

  static Found at(TimeReading r, int i) {
    Integer month = r.fullMonth(i);
    boolean abbreviated = false;
    if (month == null) {
      month = r.abbreviatedMonth(i);
      abbreviated = month != null;
    }
    if (month == null) {
      Matcher mid = MID_HYPHEN.matcher(r.w(i));
      if (mid.matches() && Months.ofName(mid.group(1)) != 0) {
        return new Found(i, i + 1, "DATE", TimeValues.yearless(Months.ofName(mid.group(1)), 0));
      }
      if (mid.matches() && TimeValues.YEAR.matcher(mid.group(1)).matches()) {
        return new Found(i, i + 1, "DATE", mid.group(1));
      }
      return null;
    }
    Integer day = TimeValues.digitDay(r.w(i + 1));
    if (day != null && !r.w(i + 2).equals("%")) {
      if (r.w(i + 2).equals(",") && TimeValues.YEAR.matcher(r.w(i + 3)).matches()) {
        return TimeValues.dated(i, i + 4, Integer.parseInt(r.w(i + 3)), month, day);
      }
      if (TimeValues.YEAR.matcher(r.w(i + 2)).matches()) {
        return TimeValues.dated(i, i + 3, Integer.parseInt(r.w(i + 2)), month, day);
      }
      if (!TimeValues.valid(2000, month, day)) {
        return null;
      }
      Integer year = r.namedYear(i + 2);
      return year == null ? new Found(i, i + 2, "DATE", TimeValues.yearless(month, day))
          : TimeValues.dated(i, i + 4, year, month, day);
    }
    if (TimeValues.YEAR.matcher(r.w(i + 1)).matches()) {
      return new Found(i, i + 2, "DATE", String.format(Locale.ROOT, "%s-%02d", r.w(i + 1), month));
    }
    if (r.w(i + 1).equals("of") && TimeValues.YEAR.matcher(r.w(i + 2)).matches()) {
      return new Found(i, i + 3, "DATE", String.format(Locale.ROOT, "%s-%02d", r.w(i + 2), month));
    }
    if (abbreviated || !bareMonthIsMonth(r, i)) {
      return null;
    }
    Integer year = r.namedYear(i + 1);
    return year == null ? new Found(i, i + 1, "DATE", TimeValues.yearless(month, 0))
        : new Found(i, i + 3, "DATE", String.format(Locale.ROOT, "%d-%02d", year, month));
  }

  /** A capitalised month name alone: "in March", "March's vote"; not "May" the name or the verb. */
  private static boolean bareMonthIsMonth(TimeReading r, int i) {
    if (r.inName(i)) {
      return false;
    }
    if (i > 0 && TimeValues.MONTH_CONTEXT.contains(r.w(i - 1))) {
      return true;
    }
    return !r.w(i).equals("may") && !r.w(i).equals("march") && i > 0 && !r.isSentenceStart(i);
  }
}
