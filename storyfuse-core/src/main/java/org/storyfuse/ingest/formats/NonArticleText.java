package org.storyfuse.ingest.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text that is not an article, told by its content: licence text, a table or data dump, a
 * README or other software documentation. Such files sit next to articles in the folders people
 * point Storyfuse at; read as articles they would become stories. Each rule needs several signs, so
 * a news report that quotes a licence or prints one small table stays an article. Stateless.
 */
final class NonArticleText {

  private NonArticleText() {}

  /** Only the start is looked at: what a file is shows early. */
  static final int SCAN_CHARS = 200_000;

  private static final List<String> LICENCE_PHRASES = List.of(
      "permission is hereby granted", "gnu general public license", "gnu lesser general public license",
      "gnu affero general public license", "licensed under the apache license", "apache license, version",
      "provided \"as is\"", "provided as is", "without warranty of any kind", "this program is free software",
      "redistribution and use in source and binary forms", "creative commons attribution",
      "mozilla public license", "the above copyright notice", "licensor", "licensee",
      "terms and conditions for use, reproduction", "merchantability", "sublicense");

  private static final Set<String> LEGAL_WORDS = Set.of(
      "license", "licence", "licensed", "licenses", "licences", "licensor", "licensee", "warranty",
      "warranties", "liability", "liable", "hereby", "herein", "thereof", "pursuant", "copyright",
      "redistribution", "redistribute", "merchantability", "infringement", "indemnify", "sublicense",
      "notwithstanding", "provisions", "shall");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Markdown headings of software documentation. */
  private static final Pattern DOC_HEADING = Pattern.compile(
      "(?im)^\\s{0,3}#{1,6}\\s*(?:installation|install|installing|usage|build(?:ing)?|getting started"
          + "|quick ?start|requirements|prerequisites|contributing|license|licence|development|testing"
          + "|running the tests|configuration|api|examples?|documentation|changelog|features|setup"
          + "|dependencies|modules|commands|options)\\b");

  private static final Pattern CODE_FENCE = Pattern.compile("(?m)^\\s{0,3}(?:```|~~~)");
  private static final Pattern BADGE = Pattern.compile("\\[!\\[[^\\]]*\\]\\(");
  private static final Pattern SHELL_LINE = Pattern.compile(
      "(?m)^\\s*(?:\\$ |npm |pip |mvn |gradle |git clone |cargo |go (?:get|install|build) |docker |make\\b|sudo )");

  /** Why {@code text} is not an article, or empty when it may be one. */
  static Optional<String> reason(String text) {
    String head = text.length() > SCAN_CHARS ? text.substring(0, SCAN_CHARS) : text;
    if (isLicence(head)) {
      return Optional.of("licence text");
    }
    if (isTable(head)) {
      return Optional.of("a table of data");
    }
    if (isSoftwareDocumentation(head)) {
      return Optional.of("software documentation (a README)");
    }
    if (isStructuredNotes(head)) {
      return Optional.of("notes in Markdown (headings, lists and tables, little running prose)");
    }
    return Optional.empty();
  }

  static boolean isLicence(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u201C', '"').replace('\u201D', '"');
    int phrases = 0;
    for (String p : LICENCE_PHRASES) {
      if (lower.contains(p)) {
        phrases++;
      }
    }
    int words = 0;
    int legal = 0;
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      words++;
      if (LEGAL_WORDS.contains(m.group())) {
        legal++;
      }
    }
    return phrases >= 3 || (phrases >= 2 && legal >= 8 && legal >= 0.02 * words);
  }

  /**
   * Most lines are rows: cells between pipes or tabs, or the same number (two or more) of commas
   * or semicolons on line after line.
   */
  static boolean isTable(String text) {
    String[] lines = text.split("\\R");
    int nonBlank = 0;
    int rows = 0;
    Map<Integer, Integer> separatorCounts = new HashMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      int pipes = count(line, '|');
      int tabs = count(line.strip(), '\t');
      if (pipes >= 2 || tabs >= 2) {
        rows++;
      }
      int seps = Math.max(count(line, ','), count(line, ';'));
      if (seps >= 2) {
        separatorCounts.merge(seps, 1, Integer::sum);
      }
    }
    if (nonBlank < 3) {
      return false;
    }
    int sameSeparators = separatorCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return rows >= 0.6 * nonBlank || (nonBlank >= 5 && sameSeparators >= 0.8 * nonBlank);
  }

  private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+\\S");
  private static final Pattern MD_LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+\\S");

  /**
   * A structured document rather than a report — notes, a checklist, a specification: three or more
   * Markdown headings, a table of three or more rows, and more of its words in headings, list items
   * and table rows than in paragraphs. An article exported as Markdown is mostly paragraphs of
   * prose, whatever headings and small tables it has; a listicle has lists but rarely tables.
   */
  static boolean isStructuredNotes(String text) {
    int headings = 0;
    int rows = 0;
    long structuredWords = 0;
    long proseWords = 0;
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      long words = WORD.matcher(line).results().count();
      if (MD_HEADING.matcher(line).find()) {
        headings++;
        structuredWords += words;
      } else if (line.strip().startsWith("|") && count(line, '|') >= 2) {
        rows++;
        structuredWords += words;
      } else if (MD_LIST_ITEM.matcher(line).find()) {
        structuredWords += words;
      } else {
        proseWords += words;
      }
    }
    return headings >= 3 && rows >= 3 && structuredWords > proseWords;
  }

  /** Two or more signs of a README: documentation headings, code fences, badges, shell commands. */
  static boolean isSoftwareDocumentation(String text) {
    int signs = 0;
    Matcher headings = DOC_HEADING.matcher(text);
    int headingCount = 0;
    while (headings.find() && headingCount < 3) {
      headingCount++;
    }
    signs += headingCount;
    if (CODE_FENCE.matcher(text).find()) {
      signs++;
    }
    if (BADGE.matcher(text).find()) {
      signs++;
    }
    if (SHELL_LINE.matcher(text).find()) {
      signs++;
    }
    return signs >= 2;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
