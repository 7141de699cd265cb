package org.storyfuse.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a label in front of a date says the date is. */
enum DateLabel {
  /** "Published", "Posted", "First published", "Date:": when the article came out. */
  PUBLISHED,
  /**
   * "Updated", "Last modified": a later revision; only a fallback for the publication date. So is
   * an archive's "LOAD-DATE" (when a database took the report in, often a day after it ran).
   */
  UPDATED,
  /** No label. */
  NONE;

  private static final Pattern LABEL =
      Pattern.compile(
          "\\b(?:(?<upd>load-?date|(?:last\\s+)?(?:updated?|modified|edited|revised))"
              + "|(?<pub>(?:first\\s+)?publi(?:shed|cation\\s+date)|posted|created|released|issued|dated?))\\b",
          Pattern.CASE_INSENSITIVE);

  /** The last label in {@code before}, the text between the previous date and this one. */
  static DateLabel of(String before) {
    Matcher m = LABEL.matcher(before);
    DateLabel found = NONE;
    while (m.find()) {
      found = m.group("pub") != null ? PUBLISHED : UPDATED;
    }
    return found;
  }

  /** Label words and the filler around dates, removed when judging whether a line is just a date. */
  static final Pattern FILLER =
      Pattern.compile(
          "\\b(?:(?:first\\s+|last\\s+)?(?:publi(?:shed|cation)|posted|created|released|issued|dated?"
              + "|updated?|modified|edited|revised)|load-?date|on|at|time|am|pm)\\b",
          Pattern.CASE_INSENSITIVE);
}
