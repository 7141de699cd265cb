package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by lowercased name, property, itemprop or http-equiv, in page
 * order, plus {@code <link rel=canonical>} and {@code <title>}. Read before the page is cleaned.
 */
final class MetaTags {

  private static final int MAX_VALUE_CHARS = 2_000;
  private static final int MAX_TAGS = 2_000;

  private final Map<String, List<String>> values = new HashMap<>();
  private final String canonical;
  private final String titleTag;

  private MetaTags(String canonical, String titleTag) {
    this.canonical = canonical;
    this.titleTag = titleTag;
  }

  static MetaTags read(Document doc) {
    String canonical = null;
    for (Element link : doc.getElementsByTag("link")) {
      if (link.attr("rel").toLowerCase(Locale.ROOT).strip().equals("canonical")) {
        String href = link.attr("href").strip();
        if (!href.isEmpty()) {
          canonical = link.absUrl("href").isEmpty() ? href : link.absUrl("href");
          break;
        }
      }
    }
    Element title = doc.head().getElementsByTag("title").first();
    if (title == null) {
      title = doc.getElementsByTag("title").first();
    }
    MetaTags tags = new MetaTags(canonical,
        title == null ? null : TextNormalizer.truncate(TextNormalizer.normalize(title.text()), MAX_VALUE_CHARS));
    int n = 0;
    for (Element meta : doc.getElementsByTag("meta")) {
      if (++n > MAX_TAGS) {
        break;
      }
      String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
      if (content.isBlank() && meta.hasAttr("datetime")) {
        content = meta.attr("datetime");
      }
      content = TextNormalizer.truncate(TextNormalizer.normalize(content), MAX_VALUE_CHARS);
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String k = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          tags.values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
        }
      }
    }
    return tags;
  }

  /** The first value under the first of {@code keys} that has one, else null. */
  String first(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }

  String canonical() {
    return canonical;
  }

  String titleTag() {
    return titleTag;
  }
}
