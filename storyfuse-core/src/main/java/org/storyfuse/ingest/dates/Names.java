package org.storyfuse.ingest.dates;

import java.util.Locale;

/** English month and weekday names as regex fragments, and the small vocabulary around them. */
final class Names {

  /** One space-like character: pages use no-break and narrow spaces inside dates. */
  static final String SP = "[\\s\\u00A0\\u2007\\u202F]";

  /** A month name, short or long, in group {@code mon}; the caller adds an optional dot. */
  static final String MONTH =
      "\\b(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";

  /** A weekday name, short or long; decoration only (a wrong weekday does not void the date). */
  static final String WEEKDAY =
      "\\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
          + "|sat(?:urday)?|sun(?:day)?)\\b";

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private Names() {}

  /** 1..12 for a name {@link #MONTH} matched. */
  static int month(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return MONTHS.indexOf(key) / 3 + 1;
  }
}
