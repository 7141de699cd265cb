package org.storyfuse.analyze;

import org.storyfuse.analyze.TimeRules.Found;

/** Seasons: "in the summer of 2014", "summer 2014", "in the spring" (the publication year's). */
final class SeasonRule {

  private SeasonRule() {}

  static Found at(TimeReading r, int i) {
    int at = r.w(i).equals("the") ? i + 1 : i;
    String season = TimeValues.SEASONS.get(r.w(at));
    if (season == null || at == i && !TimeValues.MONTH_CONTEXT.contains(r.w(i - 1))) {
      return null;
    }
    if (r.w(at + 1).equals("of") && TimeValues.YEAR.matcher(r.w(at + 2)).matches()) {
      return new Found(i, at + 3, "DATE", r.w(at + 2) + "-" + season);
    }
    if (TimeValues.YEAR.matcher(r.w(at + 1)).matches()) {
      return new Found(i, at + 2, "DATE", r.w(at + 1) + "-" + season);
    }
    return new Found(at, at + 1, "DATE", r.docDate() == null ? null : r.docDate().getYear() + "-" + season);
  }
}
