package org.storyfuse.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.storyfuse.model.PublicationDate;

/**
 * How extracted metadata is compared with the ground truth.
 *
 * <ul>
 *   <li>Title: exact match after Unicode NFKC, lowercasing, collapsing whitespace and unifying
 *       curly quotes and dashes with their ASCII forms.
 *   <li>Date: the same calendar day; a reference that gives only year and month ("2015-11")
 *       matches any day of that month.
 *   <li>Author: both sides reduced to sets of name tokens (accents stripped, lowercase, runs of
 *       two or more letters, without "by", "and", "the", "staff", "team", "writer", "editor",
 *       "reviewed", "written", "medically", "contributor"). A match when the sets are equal, or when
 *       one set has at least two tokens and the other contains it all ("Holly Wilgus" and "Holly
 *       Wilgus, E-RYT"; "Jane Doe" is not matched by a byline naming only "Jane").
 * </ul>
 */
public final class MetadataMatch {

  private static final Set<String> AUTHOR_STOPWORDS = Set.of(
      "by", "and", "the", "staff", "team", "writer", "writers", "editor", "editors", "reviewed",
      "written", "medically", "contributor", "contributors", "und", "et", "y");

  private MetadataMatch() {}

  public static boolean titleMatches(String got, String expected) {
    return got != null && expected != null && normalizeTitle(got).equals(normalizeTitle(expected));
  }

  static String normalizeTitle(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = n.replaceAll("[\\u2018\\u2019\\u201B\\u2032]", "'").replaceAll("[\\u201C\\u201D\\u201E\\u2033]", "\"")
        .replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    return n.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** Same day; a "yyyy-MM" reference matches its month. Unparsable references never match. */
  public static boolean dateMatches(PublicationDate got, String expected) {
    if (got == null || expected == null) {
      return false;
    }
    String e = expected.strip();
    try {
      if (e.length() >= 10) {
        return got.date().equals(LocalDate.parse(e.substring(0, 10)));
      }
      if (e.length() == 7) {
        LocalDate month = LocalDate.parse(e + "-01");
        return got.date().getYear() == month.getYear() && got.date().getMonth() == month.getMonth();
      }
    } catch (DateTimeParseException ex) {
      return false;
    }
    return false;
  }

  public static boolean authorMatches(String got, String expected) {
    if (got == null || expected == null) {
      return false;
    }
    Set<String> g = authorTokens(got);
    Set<String> e = authorTokens(expected);
    if (g.isEmpty() || e.isEmpty()) {
      return false;
    }
    if (g.equals(e)) {
      return true;
    }
    return (e.size() >= 2 && g.containsAll(e)) || (g.size() >= 2 && e.containsAll(g));
  }

  static Set<String> authorTokens(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String t : n.split("[^\\p{L}]+")) {
      if (t.length() >= 2 && !AUTHOR_STOPWORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
