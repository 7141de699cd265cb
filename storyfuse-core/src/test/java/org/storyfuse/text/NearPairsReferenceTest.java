package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SparseSimilarities#forEachNearPair} against the plain version it replaced (maps of boxed
 * postings, cosines by merging, pairs sorted as packed longs): the same pairs, the same cosines to
 * the last bit, the same order, with binding limits (few neighbours, common terms cut) and without.
 */
class NearPairsReferenceTest {

  private static List<TermVector> sentences(int n, int vocabulary, long seed) {
    Random r = new Random(seed);
    List<List<String>> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> d = new ArrayList<>();
      int words = r.nextInt(12);
      for (int w = 0; w < words; w++) {
        // skewed: low ids common, high ids rare
        d.add("w" + (int) (vocabulary * Math.pow(r.nextDouble(), 2.5)));
      }
      docs.add(d);
    }
    TfIdf tfidf = TfIdf.fit(docs);
    return docs.stream().map(tfidf::vector).toList();
  }

  private static List<String> visits(boolean reference, List<TermVector> v, int k, double floor, int maxPostings,
      int groups) {
    List<String> out = new ArrayList<>();
    SparseSimilarities.PairVisitor visitor = (i, j, c) -> out.add(i + "-" + j + ":" + Double.doubleToLongBits(c));
    if (reference) {
      referenceNearPairs(v, k, floor, maxPostings, i -> i % groups, visitor);
    } else {
      SparseSimilarities.forEachNearPair(v, k, floor, maxPostings, i -> i % groups, visitor);
    }
    return out;
  }

  @Test
  void sameVisitsAsThePlainVersion() {
    Random r = new Random(5);
    int visited = 0;
    for (int round = 0; round < 60; round++) {
      List<TermVector> v = sentences(1 + r.nextInt(400), 5 + r.nextInt(300), r.nextLong());
      int k = 1 + r.nextInt(20);
      double floor = r.nextInt(4) * 0.05;
      int maxPostings = 1 + r.nextInt(80);
      int groups = 2 + r.nextInt(6);
      List<String> expected = visits(true, v, k, floor, maxPostings, groups);
      assertThat(visits(false, v, k, floor, maxPostings, groups)).as("round %d", round).isEqualTo(expected);
      visited += expected.size();
    }
    assertThat(visited).isGreaterThan(10_000); // the rounds did compare pairs
  }

  @Test
  void sameVisitsForNoVectorsAndEmptyOnes() {
    assertThat(visits(false, List.of(), 4, 0.05, 10, 2)).isEmpty();
    List<TermVector> empties = List.of(TermVector.EMPTY, TermVector.EMPTY, TermVector.EMPTY);
    assertThat(visits(false, empties, 4, 0.0, 10, 2)).isEqualTo(visits(true, empties, 4, 0.0, 10, 2));
  }

  // ---- the version before flat postings (2026-12-05), kept as the reference

  static void referenceNearPairs(List<TermVector> vectors, int k, double floor, int maxPostings,
      SparseSimilarities.Groups groups, SparseSimilarities.PairVisitor visitor) {
    int n = vectors.size();
    Map<Integer, List<long[]>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      TermVector v = vectors.get(i);
      for (int t = 0; t < v.size(); t++) {
        postings.computeIfAbsent(v.idAt(t), x -> new ArrayList<>())
            .add(new long[] {i, Float.floatToRawIntBits(v.weightAt(t))});
      }
    }
    double[] dot = new double[n];
    int[] touched = new int[n];
    PairSet pairs = new PairSet();
    int shortlistSize = 2 * k;
    int[] shortlist = new int[shortlistSize];
    for (int i = 0; i < n; i++) {
      TermVector v = vectors.get(i);
      int own = groups.of(i);
      int touchedCount = 0;
      for (int t = 0; t < v.size(); t++) {
        List<long[]> list = postings.get(v.idAt(t));
        if (list.size() > maxPostings) {
          continue;
        }
        float w = v.weightAt(t);
        for (long[] p : list) {
          int j = (int) p[0];
          if (j == i || groups.of(j) == own) {
            continue;
          }
          if (dot[j] == 0) {
            touched[touchedCount++] = j;
          }
          dot[j] += w * Float.intBitsToFloat((int) p[1]);
        }
      }
      // the 2k best by the partial dot product (higher first, then the lower index), then the k
      // best of those by the exact cosine; selected, not sorted: a sentence may touch thousands
      int listed = SparseSimilarities.best(touched, touchedCount, dot, shortlist);
      double[] exact = new double[listed];
      Integer[] chosen = new Integer[listed];
      for (int t = 0; t < listed; t++) {
        chosen[t] = t;
        exact[t] = v.cosine(vectors.get(shortlist[t]));
      }
      java.util.Arrays.sort(chosen, (a, b) -> exact[a] != exact[b] ? Double.compare(exact[b], exact[a])
          : Integer.compare(shortlist[a], shortlist[b]));
      for (int t = 0; t < Math.min(k, listed); t++) {
        if (exact[chosen[t]] < floor) {
          break;
        }
        int j = shortlist[chosen[t]];
        pairs.add(((long) Math.min(i, j) << 32) | Math.max(i, j));
      }
      for (int t = 0; t < touchedCount; t++) {
        dot[touched[t]] = 0;
      }
    }
    long[] sorted = pairs.sortedDistinct();
    for (long pair : sorted) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      visitor.visit(i, j, vectors.get(i).cosine(vectors.get(j)));
    }
  }

  private static final class PairSet {
    private long[] items = new long[64];
    private int size;

    void add(long pair) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = pair;
    }

    long[] sortedDistinct() {
      long[] out = java.util.Arrays.copyOf(items, size);
      java.util.Arrays.sort(out);
      int distinct = 0;
      for (int i = 0; i < out.length; i++) {
        if (distinct == 0 || out[distinct - 1] != out[i]) {
          out[distinct++] = out[i];
        }
      }
      return java.util.Arrays.copyOf(out, distinct);
    }
  }
}
