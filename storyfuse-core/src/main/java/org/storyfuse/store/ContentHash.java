package org.storyfuse.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.storyfuse.model.Article;

/**
 * What makes two extractions "the same article" for the store: the SHA-256 of the title and body
 * with whitespace collapsed. Not the article id, which comes from the origin path as typed, so the
 * same file reached through another path (or a re-crawl) still counts as stored.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(Article a) {
    StringBuilder text = new StringBuilder(normalise(a.title())).append('\n');
    for (String p : a.paragraphs()) {
      text.append(normalise(p)).append('\n');
    }
    return sha256(text.toString());
  }

  static String sha256(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String normalise(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
