package org.storyfuse.ingest;

import java.util.regex.Pattern;

/**
 * Tells a headline from a time stamp in the title's place. Feeds, JSON dumps and scraped pages often
 * carry "Posted at 3:21 PM ET, 01/5/2011", "APR 28" or "Article posted on 08.07.2012" as their title:
 * taken for a headline it names the brief and counts twice in grouping, where it matches nothing.
 * A stamp is a title with a digit and no word but month and weekday names, time zones and the
 * labels stamps use ("Posted", "Updated", "at", "on").
 */
final class StampTitles {

  private static final Pattern STAMP_WORDS = Pattern.compile(
      "(?iu)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?"
          + "|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\b\\.?"
          + "|\\b(?:posted|updated|published|modified|last|article|story|date|time|on|at|am|pm|a\\.m\\.|p\\.m\\."
          + "|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|jst|aest)\\b");

  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
  /** ISO 8601's letters between and after digits ("2012-07-08T10:15:00Z"), then the digits themselves. */
  private static final Pattern ISO_LETTERS_AND_DIGITS = Pattern.compile("(?<=\\p{Nd})[Tt](?=\\p{Nd})|(?<=\\p{Nd})Z\\b|\\p{Nd}+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}");

  private StampTitles() {}

  /** True when the text only says when: a date or a time, with at most the words stamps use. */
  static boolean isStamp(String title) {
    if (title == null || !DIGIT.matcher(title).find()) {
      return false;
    }
    // digits out first, so that "8:24am" and "10:05AM" leave their "am" a word of its own
    String words = ISO_LETTERS_AND_DIGITS.matcher(title).replaceAll(" ");
    return !LETTERS.matcher(STAMP_WORDS.matcher(words).replaceAll(" ")).find();
  }

  /** The title, or null when it is blank or only a stamp. */
  static String headline(String title) {
    return title == null || title.isBlank() || isStamp(title) ? null : title;
  }
}
