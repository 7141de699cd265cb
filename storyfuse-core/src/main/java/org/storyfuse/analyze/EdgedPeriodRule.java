package org.storyfuse.analyze;

import org.storyfuse.analyze.TimeRules.Found;

/**
 * Periods named by an edge: "early March", "late 2021", "late on Thursday", "the end of last year",
 * "the first half of 2025". The value is the period's own.
 */
final class EdgedPeriodRule {

  private static final java.util.Set<String> EDGE_NOUNS = java.util.Set.of("end", "beginning", "start", "middle");

  private EdgedPeriodRule() {}

  static Found at(TimeReading r, int i) {
    int j;
    if (TimeValues.EDGES.contains(r.w(i))) {
      j = i + 1 < r.size() && (r.w(i + 1).equals("-") || r.w(i + 1).equals("on")) ? i + 2 : i + 1;
    } else if (r.w(i).equals("the") && EDGE_NOUNS.contains(r.w(i + 1)) && r.w(i + 2).equals("of")) {
      j = i + 3;
    } else if (r.w(i).equals("the") && (r.w(i + 1).equals("first") || r.w(i + 1).equals("second"))
        && r.w(i + 2).equals("half") && r.w(i + 3).equals("of")) {
      j = i + 4;
    } else {
      return null;
    }
    Found inner = j < r.size() ? periodAt(r, j) : null;
    return inner == null ? null : new Found(i, inner.end(), inner.type(), inner.value());
  }

  /** A month, year or period ("March", "2021", "last year", "the month", "next week"). */
  private static Found periodAt(TimeReading r, int j) {
    Found f = TimeRules.calendar(r, j);
    if (f != null) {
      return f;
    }
    if (r.w(j).equals("the") && RelativePeriodRule.isPeriodUnit(r.w(j + 1))) {
      return new Found(j, j + 2, "DATE", RelativePeriodRule.shifted(r, r.w(j + 1), 0));
    }
    f = TimeRules.relative(r, j);
    return f != null ? f : QuarterRule.ordinalQuarter(r, j);
  }
}
