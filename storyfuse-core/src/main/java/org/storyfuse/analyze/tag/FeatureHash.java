package org.storyfuse.analyze.tag;

/**
 * 64-bit FNV-1a hashes of feature templates and their values, built without allocating strings
 * (a feature is a template number followed by one or more values). With ~10^6 features per model a
 * 64-bit hash makes collisions negligible, so the model stores hashes instead of feature strings.
 */
final class FeatureHash {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private FeatureHash() {
  }

  /** The start of a feature of the given template. */
  static long template(int template) {
    return mix(OFFSET, template);
  }

  /** Adds one number (a template, a tag index) to a hash. */
  static long mix(long h, int value) {
    h ^= value & 0xffff;
    h *= PRIME;
    h ^= value >>> 16;
    h *= PRIME;
    return h;
  }

  /** Adds characters {@code [from, to)} of a value, then a separator. */
  static long mix(long h, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    h ^= 0x1f; // separator: "ab"+"c" and "a"+"bc" differ
    h *= PRIME;
    return h;
  }

  /** Adds a whole value. */
  static long mix(long h, CharSequence s) {
    return mix(h, s, 0, s.length());
  }

  /** Adds the last {@code n} characters of a value (all of it when shorter). */
  static long suffix(long h, CharSequence s, int n) {
    return mix(h, s, Math.max(0, s.length() - n), s.length());
  }

  /** Adds the first {@code n} characters of a value (all of it when shorter). */
  static long prefix(long h, CharSequence s, int n) {
    return mix(h, s, 0, Math.min(n, s.length()));
  }
}
