package org.storyfuse.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
      "^(?:author|authors|byline|writer|written by|authored by|posted by|view all posts by|all posts by"
          + "|posts by|more from|read more about|more about|articles by|stories by)\\s*[:\\-–—]?\\s*",
      Pattern.CASE_INSENSITIVE);
  /** Reading times and similar tails: "the Lavazza Team 2–3 minutes", "Jane Doe 5 min read". */
  private static final Pattern READING_TIME = Pattern.compile(
      "\\s+\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:min|mins|minutes?)\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** A date glued after the name: "Jane Doe December 3", "Jane DoeNovember 2, 2025". */
  private static final Pattern DATE_TAIL = Pattern.compile(
      "(?:\\s+|(?<=\\p{Ll}))" + MONTH + "(?:\\s+\\d.*|\\d.*)"
          + "|\\s+(?:January|February|March|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul"
          + "|Aug|Sep|Sept|Oct|Nov|Dec)\\.?$|\\s+\\d+$");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)^(?:view (?:more|all) posts|read more|more posts|see all|view profile|follow|share|subscribe"
          + "|contact|about us|home|menu|search|login|sign in|editorial team|our team)$|\\w+\\.\\w+\\.\\w+");
  /** "… by Jane Doe" inside a short header line ("Last updated March 3, 2025 by Erik Demaine"). */
  private static final Pattern INLINE_BY = Pattern.compile(
      "(?:^|[\\s|•·,])[Bb]y:?\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,4}(?:(?:,|and|&)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,4}){0,3})");
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
  static String read(List<String> jsonLdAuthors, MetaTags meta, Element page, Element root,
      List<TextBlock> blocks, int headerFrom, int headerTo) {
    if (!jsonLdAuthors.isEmpty()) {
      String joined = clean(String.join(", ", jsonLdAuthors.subList(0, Math.min(8, jsonLdAuthors.size()))));
      if (joined != null) {
        return joined;
      }
    }
    for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author"}) {
      for (String v : meta.all(key)) {
        String c = clean(v);
        if (c != null) {
          return c;
        }
      }
    }
    String fromText = fromHeaderLines(blocks, headerFrom, headerTo);
    if (fromText != null) {
      return fromText;
    }
    String fromDom = fromDom(root);
    if (fromDom == null && root != page) {
      fromDom = fromDom(page);
    }
    return fromDom != null ? fromDom : fromLabelledMeta(meta);
  }

  /**
   * The writer in the labelled pairs a page gives link previews ("twitter:label1" = "Written by",
   * "twitter:data1" = the name; SEO plugins write them on many sites): the last resort, as they may
   * name an account rather than the byline.
   */
  private static String fromLabelledMeta(MetaTags meta) {
    for (int n = 1; n <= 4; n++) {
      for (String label : meta.all("twitter:label" + n)) {
        if (LABEL_ONLY.matcher(label.strip()).matches()) {
          for (String v : meta.all("twitter:data" + n)) {
            String c = clean(v);
            if (c != null) {
              return c;
            }
          }
        }
      }
    }
    return null;
  }

  private static final Pattern BY_LINE = Pattern.compile(
      "(?i)^(?:(?:written|posted|published|reported|story|words|article)\\s+)?by\\s*:?(?:\\s+|(?=(?-i:\\p{Lu}\\p{Ll})))(\\p{L}.*)$");
  private static final Pattern LABEL_ONLY = Pattern.compile(
      "(?i)^(?:written by|posted by|published by|authored by|words by|by|author|authors|writer|byline)\\s*:?$");

  /** "By Jane Doe" lines near the headline, or a "Written by" label and the name after it. */
  private static String fromHeaderLines(List<TextBlock> blocks, int from, int to) {
    int end = Math.min(Math.min(blocks.size(), to), Math.max(0, from) + 40);
    for (int i = Math.max(0, from); i < end; i++) {
      TextBlock b = blocks.get(i);
      if (b.words() > MAX_WORDS + 4) {
        continue;
      }
      Matcher m = BY_LINE.matcher(b.text());
      if (m.matches()) {
        String c = clean(m.group(1));
        if (c != null) {
          return c;
        }
      }
      if (LABEL_ONLY.matcher(b.text()).matches() && i + 1 < blocks.size()) {
        String c = clean(blocks.get(i + 1).text());
        if (c != null) {
          return c;
        }
      }
      Matcher inline = INLINE_BY.matcher(b.text());
      if (b.words() <= 16 && inline.find()) {
        String c = clean(inline.group(1));
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private static String fromDom(Element scope) {
    for (String query : new String[] {
        "[itemprop=author] [itemprop=name]", "[itemprop=author]", "a[rel=author]",
        "[class~=(?i)(^|[-_\\s])(author-?name|byline-?name|byline__name|author__name)($|[-_\\s])]",
        "[class~=(?i)(^|\\s)fn($|\\s)]", "[class~=(?i)(^|[-_\\s])byline($|[-_\\s])]",
        "[class~=(?i)(^|[-_\\s])author($|[-_\\s])]",
        // component frameworks name the byline where older markup classed it ("byline-block")
        "[data-component~=(?i)(^|[-_])byline($|[-_])]", "[data-testid~=(?i)(^|[-_])(byline|author)($|[-_])]"}) {
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
    s = READING_TIME.matcher(s).replaceFirst("");
    s = DATE_TAIL.matcher(s).replaceFirst("");
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
    if (NOT_A_NAME.matcher(s).find()) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("admin") || lower.equals("administrator") || lower.equals("unknown")
        || lower.equals("author") || lower.equals("staff")) {
      return null;
    }
    return s;
  }

}
