package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Picks the headline by agreement among what the page says in several places: og:title,
 * twitter:title, JSON-LD headline, the visible {@code <h1>}, and {@code <title>} without its
 * " | Site" part. The visible headline wins when another source agrees with it or says much the
 * same; failing that, a headline-like {@code <h1>} still beats titles written for search engines.
 */
final class TitleChooser {

  private static final int MAX_TITLE_CHARS = 400;
  private static final String[] SEPARATORS = {
      " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ", " || ", ": "};

  private TitleChooser() {}

  /**
   * @param headings {@code <h1>} texts, the likeliest first (inside or just before the content)
   * @param lines    short visible lines before the article's first prose, nearest first: where a
   *                 page without {@code <h1>}, or one whose {@code <h1>} is the site's name, shows
   *                 its headline
   * @param siteName the outlet's name when known, to recognise "Headline | Site"
   */
  static String choose(String ogTitle, String twitterTitle, String jsonLdHeadline,
      List<String> headings, List<String> lines, String titleTag, String siteName) {
    String og = clean(ogTitle);
    String tw = clean(twitterTitle);
    String ld = clean(jsonLdHeadline);
    String tt = clean(titleTag);
    List<String> h1s = new ArrayList<>();
    for (String h : headings) {
      String c = clean(h);
      if (c != null && h1s.size() < 5) {
        h1s.add(c);
      }
    }
    // everything a source could mean, with site-name parts cut off
    List<String> statements = new ArrayList<>();
    for (String s : new String[] {og, tw, ld, tt}) {
      if (s != null) {
        statements.add(s);
        statements.addAll(withoutSiteName(s, siteName));
      }
    }
    // the visible headline, when something else agrees
    for (String h : h1s) {
      if (agrees(h, statements)) {
        return h;
      }
    }
    // the visible headline, when it says much the same as a stated title (edited for search)
    for (String h : h1s) {
      if (TextNormalizer.countWords(h) >= 2 && similarity(h, statements) >= SIMILAR) {
        return h;
      }
    }
    // a blog's <h1> is its name, which the title tag states beside the post's headline ("Blog: Post"):
    // the headline is the title's other part, where the page shows it
    if (!h1s.isEmpty() && tt != null) {
      for (String part : otherParts(tt, h1s.get(0))) {
        for (String line : lines) {
          String c = clean(line);
          if (c != null && TextNormalizer.countWords(c) >= 3
              && TextNormalizer.comparable(c).equals(TextNormalizer.comparable(part))) {
            return c;
          }
        }
      }
    }
    // else the first visible headline that reads like one: pages state their SEO title elsewhere
    if (!h1s.isEmpty() && TextNormalizer.countWords(h1s.get(0)) >= 3
        && (siteName == null || !isSiteName(h1s.get(0), TextNormalizer.comparable(siteName)))) {
      return h1s.get(0);
    }
    // a headline in other markup: a visible line that a stated title holds whole or as one of its
    // parts ("Site - Headline" with no site name stated to cut it by)
    for (String line : h1s.isEmpty() ? lines : List.<String>of()) {
      String c = clean(line);
      if (c != null && TextNormalizer.countWords(c) >= 3 && isPartOfAny(c, og, tw, ld, tt)) {
        return c;
      }
    }
    // stated sources in order of trust, when another source agrees
    List<String> ordered = new ArrayList<>();
    for (String s : new String[] {ld, og, tw}) {
      if (s != null) {
        ordered.add(s);
        ordered.addAll(withoutSiteName(s, siteName));
      }
    }
    if (tt != null) {
      ordered.addAll(withoutSiteName(tt, siteName));
    }
    for (String c : ordered) {
      if (countAgreeing(c, statements, h1s) >= 2) {
        return c;
      }
    }
    if (ld != null) {
      return firstOr(withoutSiteName(ld, siteName), ld);
    }
    if (og != null) {
      return firstOr(withoutSiteName(og, siteName), og);
    }
    if (tw != null) {
      return firstOr(withoutSiteName(tw, siteName), tw);
    }
    if (!h1s.isEmpty()) {
      return h1s.get(0);
    }
    if (tt != null) {
      return firstOr(withoutSiteName(tt, siteName), tt);
    }
    return null;
  }

  /** The parts of {@code title} beside {@code part}, when {@code title} is "part SEP other" or "other SEP part". */
  private static List<String> otherParts(String title, String part) {
    List<String> out = new ArrayList<>();
    String key = TextNormalizer.comparable(part);
    for (String sep : SEPARATORS) {
      int at = title.indexOf(sep);
      if (at > 0 && title.indexOf(sep, at + sep.length()) < 0) {
        String head = title.substring(0, at).strip();
        String tail = title.substring(at + sep.length()).strip();
        if (TextNormalizer.comparable(head).equals(key)) {
          out.add(tail);
        } else if (TextNormalizer.comparable(tail).equals(key)) {
          out.add(head);
        }
      }
    }
    return out;
  }

  /** Whether {@code line} is one of the stated titles, or a part of one between separators. */
  private static boolean isPartOfAny(String line, String... stated) {
    String key = TextNormalizer.comparable(line);
    for (String s : stated) {
      if (s == null) {
        continue;
      }
      if (TextNormalizer.comparable(s).equals(key)) {
        return true;
      }
      for (String sep : SEPARATORS) {
        for (String part : s.split(java.util.regex.Pattern.quote(sep))) {
          if (TextNormalizer.comparable(part).equals(key)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Word-set overlap above which a headline and a stated title are the same title reworded. */
  static final double SIMILAR = 0.5;

  /** Highest word-set overlap (Jaccard) between {@code text} and any of {@code others}. */
  private static double similarity(String text, List<String> others) {
    java.util.Set<String> a = ArticleBodyMatcher.words(text);
    double best = 0;
    for (String o : others) {
      java.util.Set<String> b = ArticleBodyMatcher.words(o);
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      int common = 0;
      for (String w : a) {
        if (b.contains(w)) {
          common++;
        }
      }
      best = Math.max(best, (double) common / (a.size() + b.size() - common));
    }
    return best;
  }

  private static String firstOr(List<String> list, String fallback) {
    return list.isEmpty() ? fallback : list.get(0);
  }

  private static boolean agrees(String candidate, List<String> statements) {
    String c = TextNormalizer.comparable(candidate);
    for (String s : statements) {
      if (TextNormalizer.comparable(s).equals(c)) {
        return true;
      }
    }
    return false;
  }

  private static int countAgreeing(String candidate, List<String> statements, List<String> h1s) {
    String c = TextNormalizer.comparable(candidate);
    int n = 0;
    for (String s : statements) {
      if (TextNormalizer.comparable(s).equals(c)) {
        n++;
      }
    }
    for (String h : h1s) {
      if (TextNormalizer.comparable(h).equals(c)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Readings of a title with a site name cut off: "Headline | Site" → "Headline"; "Site: Headline"
   * → "Headline". Cuts only when the cut part is the site's name or short next to the rest.
   */
  static List<String> withoutSiteName(String title, String siteName) {
    List<String> out = new ArrayList<>();
    String site = siteName == null ? null : TextNormalizer.comparable(siteName);
    for (String sep : SEPARATORS) {
      int last = title.lastIndexOf(sep);
      if (last > 0) {
        String head = title.substring(0, last).strip();
        String tail = title.substring(last + sep.length()).strip();
        if (!head.isEmpty() && isSiteLike(tail, head, site, sep)) {
          out.add(head);
        }
      }
      int first = title.indexOf(sep);
      if (first > 0) {
        String head = title.substring(0, first).strip();
        String tail = title.substring(first + sep.length()).strip();
        if (!tail.isEmpty() && site != null && isSiteName(head, site)) {
          out.add(tail);
        }
      }
    }
    return out;
  }

  private static boolean isSiteLike(String part, String rest, String site, String sep) {
    if (site != null && isSiteName(part, site)) {
      return true;
    }
    if (sep.equals(": ")) {
      return false; // "Topic: the headline" is a headline
    }
    int partWords = TextNormalizer.countWords(part);
    int restWords = TextNormalizer.countWords(rest);
    return partWords <= 4 && restWords >= 2 * partWords && restWords >= 3;
  }

  private static boolean isSiteName(String part, String site) {
    String p = TextNormalizer.comparable(part);
    if (p.equals(site)) {
      return true;
    }
    String compactPart = p.replaceAll("[^\\p{L}\\p{N}]", "");
    String compactSite = site.replaceAll("[^\\p{L}\\p{N}]", "");
    return compactPart.length() >= 4 && compactSite.length() >= 4
        && (compactPart.equals(compactSite) || compactSite.startsWith(compactPart)
            || compactPart.startsWith(compactSite));
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    // some pages escape twice: "Full &#038; Part Time" in a meta value
    String n = TextNormalizer.normalize(s.contains("&") ? Parser.unescapeEntities(s, false) : s);
    if (n.isEmpty() || n.length() > MAX_TITLE_CHARS) {
      return null;
    }
    return n;
  }
}
