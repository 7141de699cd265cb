package org.storyfuse.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The author(s) as the page states them: JSON-LD author, author meta tags, {@code rel=author}
 * links, {@code itemprop=author}, elements classed as bylines. "By " and similar lead-ins are cut.
 */
final class BylineReader {

  private static final int MAX_WORDS = 12;
  private static final Pattern LEAD_IN = Pattern.compile(
      "^(?:(?:written|posted|published|reported|story|words|text|article|reviewed|edited|compiled)\\s+)?"
          + "(?:by|from|author|authors|written by|posted by|von|par|por|di|door|av|af)\\s*[:\\-–—]?\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_LABEL = Pattern.compile(
      "^(?:author|authors|byline|writer|written by)\\s*[:\\-–—]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILER = Pattern.compile(
      "\\s*(?:[|•·]|\\s[-–—]\\s|\\bon\\s+(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\\bupdated\\b|\\bpublished\\b|\\bposted\\b).*$",
      Pattern.CASE_INSENSITIVE);

  private BylineReader() {}

  /**
   * @param jsonLdAuthors authors named by JSON-LD
   * @param meta          the page's meta tags
   * @param page          the (cleaned) page, to look for byline elements
   * @param root          the content root (bylines near it are preferred)
   */
  static String read(List<String> jsonLdAuthors, MetaTags meta, Element page, Element root, String siteName) {
    if (!jsonLdAuthors.isEmpty()) {
      String joined = clean(String.join(", ", jsonLdAuthors.subList(0, Math.min(8, jsonLdAuthors.size()))));
      if (joined != null && !isSite(joined, siteName)) {
        return joined;
      }
    }
    for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author"}) {
      for (String v : meta.all(key)) {
        String c = clean(v);
        if (c != null && !isSite(c, siteName)) {
          return c;
        }
      }
    }
    String fromDom = fromDom(root);
    if (fromDom == null && root != page) {
      fromDom = fromDom(page);
    }
    return fromDom != null && !isSite(fromDom, siteName) ? fromDom : null;
  }

  private static String fromDom(Element scope) {
    for (String query : new String[] {
        "[itemprop=author] [itemprop=name]", "[itemprop=author]", "a[rel=author]",
        "[class~=(?i)(^|[-_])(author-?name|byline-?name|byline__name|author__name)($|[-_])]",
        "[class~=(?i)(^|[-_\\s])byline($|[-_\\s])]", "[class~=(?i)(^|[-_])author($|[-_])]"}) {
      for (Element el : scope.select(query)) {
        String text = el.hasAttr("content") ? el.attr("content") : el.text();
        String c = clean(text);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /** The name(s) in a byline string, or null when it does not look like one. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = TextNormalizer.normalize(raw);
    if (s.isEmpty() || s.length() > 300 || s.contains("http") || s.contains("@") || s.contains("www.")) {
      return null;
    }
    s = AUTHOR_LABEL.matcher(s).replaceFirst("");
    s = LEAD_IN.matcher(s).replaceFirst("");
    s = TRAILER.matcher(s).replaceFirst("");
    s = s.replaceAll("^[\\s,;:|\\-–—]+|[\\s,;:|\\-–—]+$", "");
    int words = TextNormalizer.countWords(s);
    if (words == 0 || words > MAX_WORDS) {
      return null;
    }
    if (!Character.isLetter(s.codePointAt(0))) {
      return null;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits++;
      }
    }
    if (digits > 3) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("admin") || lower.equals("administrator") || lower.equals("unknown")
        || lower.equals("author") || lower.equals("staff")) {
      return null;
    }
    return s;
  }

  private static boolean isSite(String name, String siteName) {
    if (siteName == null) {
      return false;
    }
    String a = TextNormalizer.comparable(name).replaceAll("[^\\p{L}\\p{N}]", "");
    String b = TextNormalizer.comparable(siteName).replaceAll("[^\\p{L}\\p{N}]", "");
    return !a.isEmpty() && a.equals(b);
  }
}
