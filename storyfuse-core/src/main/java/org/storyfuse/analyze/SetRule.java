package org.storyfuse.analyze;

import java.time.DayOfWeek;
import java.util.Map;
import org.storyfuse.analyze.TimeRules.Found;

/** Recurring times (TIMEX3 SET): "daily" (P1D), "weekly", "every week" (P1W), "each year", "every Monday". */
final class SetRule {

  private static final Map<String, String> SETS = Map.of(
      "daily", "P1D", "weekly", "P1W", "monthly", "P1M", "annually", "P1Y", "yearly", "P1Y",
      "hourly", "PT1H");

  private SetRule() {}

  static Found at(TimeReading r, int i) {
    String w = r.w(i);
    String set = SETS.get(w);
    if (set != null) {
      return new Found(i, i + 1, "SET", set);
    }
    if (!w.equals("every") && !w.equals("each")) {
      return null;
    }
    DayOfWeek day = WeekdayRule.weekdayAt(r, i + 1);
    if (day != null) {
      return new Found(i, i + 2, "SET", "XXXX-WXX-" + day.getValue());
    }
    String unit = DurationRule.unit(r.w(i + 1));
    if (unit != null && !r.w(i + 1).endsWith("s")) {
      String letter = DurationRule.letter(unit);
      boolean clockUnit = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
      return letter.equals("E") || letter.equals("C") ? null
          : new Found(i, i + 2, "SET", "P" + (clockUnit ? "T" : "") + "1" + letter);
    }
    return null;
  }
}
