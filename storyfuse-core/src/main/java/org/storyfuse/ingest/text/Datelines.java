package org.storyfuse.ingest.text;

import java.util.regex.Pattern;

/**
 * Removes a dateline from the start of a paragraph: "SULAIMANI —", "WASHINGTON (Reuters) -",
 * "MOSCOW, Jan 13 (Reuters) -", "NEW DELHI:", "Dhaka, Jan 14 (UNB) -". The place is written in
 * capitals, or followed by an agency in brackets; the paragraph's text stays.
 */
final class Datelines {

  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String DAY = "(?:,\\s*(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")(?:,?\\s*\\d{4})?)?";
  private static final String AGENCY = "\\s*\\([\\p{L}][\\p{L} .&/'-]{0,38}\\)";
  private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})?";
  private static final String DASH = "\\s*[-–—:]+\\s+";

  /** Capitals: "SULAIMANI", "NEW YORK", "U.S." — at least two capitals in the first word. */
  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}";

  /** Capitalised place with an agency: "Dhaka, Jan 14 (UNB) -". */
  private static final String NAMED_PLACE = "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}";

  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:" + CAPS_PLACE + REGION + DAY + "(?:" + AGENCY + ")?"
              + "|" + NAMED_PLACE + REGION + DAY + AGENCY + ")" + DASH);

  /** Leave at least this much text, so a short line in capitals is not eaten whole. */
  private static final int MIN_REST = 20;

  private Datelines() {}

  /** Whether {@code line} starts with a dateline (however little text follows it). */
  static boolean startsWithDateline(String line) {
    return DATELINE.matcher(line).find();
  }

  static String strip(String paragraph) {
    var m = DATELINE.matcher(paragraph);
    if (m.find() && paragraph.length() - m.end() >= MIN_REST) {
      return paragraph.substring(m.end());
    }
    return paragraph;
  }
}
