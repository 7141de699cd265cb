package org.storyfuse.ingest.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles. The hash functions are fixed-seeded, so signatures are
 * the same on every run and machine; the fraction of equal signature entries estimates the
 * Jaccard similarity of two shingle sets (standard error about 0.035 at 0.8 with 128 functions).
 */
final class MinHasher {

  static final int SHINGLE_WORDS = 5;
  static final int FUNCTIONS = 128;

  private static final long SEED = 0x5EED_F05E_2023_0001L;
  private static final long[] SALTS = salts();

  private MinHasher() {}

  /** The signature of a text; all entries {@link Long#MAX_VALUE} for a text without words. */
  static long[] signature(List<String> words) {
    long[] signature = new long[FUNCTIONS];
    Arrays.fill(signature, Long.MAX_VALUE);
    if (words.isEmpty()) {
      return signature;
    }
    long[] wordHashes = words.stream().mapToLong(MinHasher::hashWord).toArray();
    // A text shorter than one shingle is a single shingle of all its words.
    int width = Math.min(SHINGLE_WORDS, wordHashes.length);
    for (int start = 0; start + width <= wordHashes.length; start++) {
      long shingle = 1;
      for (int j = start; j < start + width; j++) {
        shingle = shingle * 0x100000001B3L + wordHashes[j]; // order matters: "a b" is not "b a"
      }
      for (int f = 0; f < FUNCTIONS; f++) {
        long h = mix(shingle ^ SALTS[f]);
        if (h < signature[f]) {
          signature[f] = h;
        }
      }
    }
    return signature;
  }

  /** The estimated Jaccard similarity of the two shingle sets. */
  static double similarity(long[] a, long[] b) {
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return equal / (double) a.length;
  }

  /** FNV-1a over the word's characters: stable across JVMs, unlike identity hashes. */
  private static long hashWord(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The 64-bit finaliser of MurmurHash3: each salt turns it into another independent-looking hash. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** SplitMix64 from a fixed seed. */
  private static long[] salts() {
    long[] salts = new long[FUNCTIONS];
    long state = SEED;
    for (int i = 0; i < FUNCTIONS; i++) {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      salts[i] = z ^ (z >>> 31);
    }
    return salts;
  }
}
