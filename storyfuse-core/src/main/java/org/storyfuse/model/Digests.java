package org.storyfuse.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text (UTF-8), the one hash behind article ids, story ids, content keys, copy digests
 * and cache keys. Here, in the package every stage may import, so that each of them does not carry
 * its own copy; the values are what stores have held since v1.
 */
public final class Digests {

  private Digests() {}

  /** The 32 bytes of SHA-256 of the text's UTF-8 bytes. */
  public static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** SHA-256 in lowercase hex, all 64 digits. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text));
  }

  /** The first {@code bytes} bytes of SHA-256 in lowercase hex ({@code 2 × bytes} digits). */
  public static String sha256Hex(String text, int bytes) {
    return HexFormat.of().formatHex(sha256(text), 0, bytes);
  }
}
