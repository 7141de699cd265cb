package org.storyfuse.pipeline;

import org.storyfuse.model.Article;

/**
 * What makes two extractions "the same article": the SHA-256 of the title and body with whitespace
 * collapsed, and the URL ('' when unknown). Not the article id, which comes from the file's name,
 * so the same file reached through another path (or a re-crawl) is still the same article. Both
 * modes of the pipeline drop a repeat of an article they have already seen, so a batch and a store
 * fed the same files hold the same articles.
 *
 * @param hash hex SHA-256 of the normalised title and paragraphs
 * @param url  the article's URL, stripped, or '' when it has none
 */
public record ContentKey(String hash, String url) {

  public static ContentKey of(Article a) {
    StringBuilder text = new StringBuilder(normalise(a.title())).append('\n');
    for (String p : a.paragraphs()) {
      text.append(normalise(p)).append('\n');
    }
    return new ContentKey(sha256(text.toString()), a.url() == null ? "" : a.url().strip());
  }

  static String sha256(String text) {
    return org.storyfuse.model.Digests.sha256Hex(text);
  }

  private static String normalise(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
