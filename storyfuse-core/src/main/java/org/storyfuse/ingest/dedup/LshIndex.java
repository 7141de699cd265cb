package org.storyfuse.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locality-sensitive hashing over MinHash signatures: signatures are cut into bands, and two texts
 * become candidates when any band matches exactly. With 32 bands of 4 rows, a pair at Jaccard 0.8
 * is a candidate with probability 1 - (1 - 0.8^4)^32 > 0.9999, a pair at 0.2 with about 0.05 and
 * an unrelated pair almost never, so only likely pairs are compared instead of all n² of them.
 */
final class LshIndex {

  static final int BANDS = 32;
  static final int ROWS = MinHasher.FUNCTIONS / BANDS;

  private final List<Map<BandKey, List<Integer>>> buckets = new ArrayList<>();

  private record BandKey(long[] rows) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BandKey other && Arrays.equals(rows, other.rows);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
      return Arrays.toString(rows);
    }
  }

  LshIndex(List<long[]> signatures) {
    for (int band = 0; band < BANDS; band++) {
      Map<BandKey, List<Integer>> bucket = new HashMap<>();
      for (int i = 0; i < signatures.size(); i++) {
        long[] rows = Arrays.copyOfRange(signatures.get(i), band * ROWS, (band + 1) * ROWS);
        bucket.computeIfAbsent(new BandKey(rows), k -> new ArrayList<>()).add(i);
      }
      bucket.values().removeIf(members -> members.size() < 2); // only shared buckets matter
      buckets.add(bucket);
    }
  }

  /** Indexes sharing at least one band with {@code signature} (excluding {@code self}). */
  BitSet candidates(int self, long[] signature) {
    BitSet found = new BitSet();
    for (int band = 0; band < BANDS; band++) {
      long[] rows = Arrays.copyOfRange(signature, band * ROWS, (band + 1) * ROWS);
      List<Integer> members = buckets.get(band).get(new BandKey(rows));
      if (members != null) {
        members.forEach(found::set);
      }
    }
    found.clear(self);
    return found;
  }
}
