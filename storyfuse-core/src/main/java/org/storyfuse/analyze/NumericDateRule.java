package org.storyfuse.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.TimeRules.Found;

/** Dates in digits: "2022-01-10", "1/10/2022" (month first, as SUTime reads it). */
final class NumericDateRule {

  private static final Pattern ISO_DATE = Pattern.compile("((?:1[0-9]|20|21)\\d\\d)-(\\d\\d)-(\\d\\d)");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/((?:1[0-9]|20|21)\\d\\d)");

  private NumericDateRule() {}

  static Found at(TimeReading r, int i) {
    Matcher iso = ISO_DATE.matcher(r.w(i));
    if (iso.matches()) {
      return TimeValues.dated(i, i + 1, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
    }
    Matcher us = US_DATE.matcher(r.w(i));
    if (us.matches()) {
      return TimeValues.dated(i, i + 1, Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
          Integer.parseInt(us.group(2)));
    }
    return null;
  }
}
