package org.storyfuse.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.TimeRules.Found;
import org.storyfuse.text.lexicon.NumberWords;

/** Quarters of a year: "the third quarter" (the publication year's), "the third quarter of 2021", "Q3 2021". */
final class QuarterRule {

  private static final Pattern QUARTER = Pattern.compile("q([1-4])");

  private QuarterRule() {}

  static Found at(TimeReading r, int i) {
    Found f = ordinalQuarter(r, i);
    if (f != null) {
      return f;
    }
    Matcher q = QUARTER.matcher(r.w(i));
    if (q.matches() && TimeValues.YEAR.matcher(r.w(i + 1)).matches()) {
      return new Found(i, i + 2, "DATE", r.w(i + 1) + "-Q" + q.group(1));
    }
    return null;
  }

  /** "the third quarter[ of 2021]" (also after an edge: "the end of the third quarter"), or null. */
  static Found ordinalQuarter(TimeReading r, int i) {
    if (!r.w(i).equals("the")) {
      return null;
    }
    int q = NumberWords.ordinal(r.w(i + 1));
    if (q < 1 || q > 4 || !r.w(i + 2).equals("quarter")) {
      return null;
    }
    if (r.w(i + 3).equals("of") && TimeValues.YEAR.matcher(r.w(i + 4)).matches()) {
      return new Found(i, i + 5, "DATE", r.w(i + 4) + "-Q" + q);
    }
    return new Found(i, i + 3, "DATE", r.docDate() == null ? null : r.docDate().getYear() + "-Q" + q);
  }
}
