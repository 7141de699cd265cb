package org.storyfuse.analyze;

import java.time.LocalDate;
import org.storyfuse.analyze.TimeRules.Found;

/**
 * Days and references named from the publication date: "yesterday", "today", "tomorrow",
 * "tonight", "yesterday afternoon", "the day before yesterday", "the weekend", "the past"
 * (PAST_REF), "the future" (FUTURE_REF), "earlier today", "later this year".
 */
final class RelativeDayRule {

  private RelativeDayRule() {}

  static Found at(TimeReading r, int i) {
    LocalDate docDate = r.docDate();
    String w = r.w(i);
    switch (w) {
      case "yesterday", "today", "tomorrow", "tonight" -> {
        int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
        String day = docDate == null ? null : docDate.plusDays(shift).toString();
        if (w.equals("tonight")) {
          return new Found(i, i + 1, "TIME", day == null ? null : day + "TNI");
        }
        String part = TimeValues.PARTS_OF_DAY.get(r.w(i + 1));
        if (part != null) {
          return new Found(i, i + 2, "TIME", day == null ? null : day + part);
        }
        return new Found(i, i + 1, "DATE", day);
      }
      case "the" -> {
        String next = r.w(i + 1);
        if (next.equals("day") && (r.w(i + 2).equals("before") && r.w(i + 3).equals("yesterday")
            || r.w(i + 2).equals("after") && r.w(i + 3).equals("tomorrow"))) {
          int shift = r.w(i + 2).equals("before") ? -2 : 2;
          return new Found(i, i + 4, "DATE", docDate == null ? null : docDate.plusDays(shift).toString());
        }
        if (next.equals("weekend")) {
          return new Found(i, i + 2, "DATE", docDate == null ? null : TimeValues.week(docDate) + "-WE");
        }
        if (next.equals("past")) {
          return new Found(i, i + 2, "DATE", "PAST_REF");
        }
        if (next.equals("future")) {
          return new Found(i, i + 2, "DATE", "FUTURE_REF");
        }
        return null;
      }
      case "earlier", "later" -> {
        if (r.w(i + 1).equals("this") && RelativePeriodRule.isPeriodUnit(r.w(i + 2))) {
          return new Found(i, i + 3, "DATE", RelativePeriodRule.shifted(r, r.w(i + 2), 0));
        }
        String next = r.w(i + 1);
        if (next.equals("today") || next.equals("tonight")
            || next.equals("this") && TimeValues.PARTS_OF_DAY.containsKey(r.w(i + 2))) {
          Found day = TimeRules.relative(r, i + 1);
          return day == null ? null : new Found(i, day.end(), day.type(), day.value());
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }
}
