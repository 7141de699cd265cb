package org.storyfuse.fuse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date stands inside a comma-set relative clause: "Ryabkov, who led the talks in Geneva on
 * Monday, said on Thursday …", "… 15 sailors and marines, who were detained on March 23, are
 * released". Such a date tells when the clause's subject did something else — the sentence reports
 * Thursday's remarks or a later release — so the sentence is not an event of that date. Read from the
 * surface, which marks these clauses reliably: a comma, a relative pronoun, and no comma, semicolon or
 * dash between it and the date (which would have closed the clause). Restrictive clauses ("the talks
 * that began on Monday") are not set off by commas and are left alone: "that" also opens reported
 * speech ("said that the talks on Monday …").
 */
final class RelativeClauseDates {

  private static final Pattern OPENING = Pattern.compile(",\\s+(?:who|whom|whose|which|where)\\b");
  private static final Pattern CLOSING = Pattern.compile("[,;]|\\s[–—-]\\s|[–—]");

  private RelativeClauseDates() {}

  /** @param begin the date's character offset in {@code sentence} */
  static boolean inside(String sentence, int begin) {
    if (begin <= 0 || begin > sentence.length()) {
      return false;
    }
    String before = sentence.substring(0, begin).toLowerCase(Locale.ROOT);
    Matcher m = OPENING.matcher(before);
    int opened = -1;
    while (m.find()) {
      opened = m.end();
    }
    return opened >= 0 && !CLOSING.matcher(before.substring(opened)).find();
  }
}
