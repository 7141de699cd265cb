package org.storyfuse.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks an {@code Authorization: Bearer} header against the configured token. Both sides are hashed
 * first and compared with {@link MessageDigest#isEqual}, so the time taken reveals neither the
 * token's length nor how many leading characters a guess got right.
 */
final class BearerToken {

  private static final String SCHEME = "bearer ";

  private final byte[] expectedDigest;

  BearerToken(String token) {
    this.expectedDigest = sha256(token);
  }

  /** Whether the header carries the token; a missing or malformed header does not. */
  boolean admits(String authorizationHeader) {
    if (authorizationHeader == null || authorizationHeader.length() < SCHEME.length()
        || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return false;
    }
    String presented = authorizationHeader.substring(SCHEME.length()).strip();
    return MessageDigest.isEqual(expectedDigest, sha256(presented));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
