package org.storyfuse.ingest;

import java.util.List;

/**
 * Article ids: short hashes of what an article is — its file or record name, URL, title and text —
 * and not of where the checkout or the input folder happens to live, so the same files give the
 * same ids (and so the same source numbering and briefs) from any folder and any path spelling.
 */
final class ArticleIds {

  private ArticleIds() {}

  static String of(String origin, String url, String title, List<String> paragraphs) {
    StringBuilder key = new StringBuilder(localName(origin)).append('\0')
        .append(url == null ? "" : url).append('\0')
        .append(title == null ? "" : title).append('\0');
    paragraphs.forEach(p -> key.append(p).append('\n'));
    return hash(key.toString());
  }

  /**
   * The id of a second article with the same name and content read in the same run (an identical
   * file in another folder): derived from its whole origin, which tells the two apart.
   */
  static String disambiguate(String id, String origin) {
    return hash(id + '\0' + origin);
  }

  /** The origin without its folders: "a/b/report.html#3" → "report.html#3". */
  static String localName(String origin) {
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return origin.substring(slash + 1);
  }

  private static String hash(String text) {
    return org.storyfuse.model.Digests.sha256Hex(text, 6);
  }
}
