package org.storyfuse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All non-zero pairwise cosines of a set of {@link TermVector}s, through an inverted index: only
 * pairs that share a term are ever touched, so a story's sentences (which share few rare terms) cost
 * far less than the n² products of a plain double loop. Same numbers as {@link TermVector#cosine}.
 */
public final class SparseSimilarities {

  /** A visitor of one pair i < j with its cosine (> 0). */
  @FunctionalInterface
  public interface PairVisitor {
    void visit(int i, int j, double cosine);
  }

  private SparseSimilarities() {}

  /** Calls {@code visitor} once for every pair i < j whose cosine is above zero, i ascending. */
  public static void forEachPair(List<TermVector> vectors, PairVisitor visitor) {
    // postings: term id → (vector index, weight), indices ascending
    Map<Integer, List<long[]>> postings = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      TermVector v = vectors.get(i);
      for (int k = 0; k < v.size(); k++) {
        postings.computeIfAbsent(v.idAt(k), t -> new ArrayList<>())
            .add(new long[] {i, Float.floatToRawIntBits(v.weightAt(k))});
      }
    }
    double[] dot = new double[vectors.size()];
    int[] touched = new int[vectors.size()];
    for (int i = 0; i < vectors.size(); i++) {
      TermVector v = vectors.get(i);
      int n = 0;
      for (int k = 0; k < v.size(); k++) {
        float w = v.weightAt(k);
        for (long[] p : postings.get(v.idAt(k))) {
          int j = (int) p[0];
          if (j <= i) {
            continue;
          }
          if (dot[j] == 0) {
            touched[n++] = j;
          }
          // float product, double sum: exactly what TermVector.cosine computes
          dot[j] += w * Float.intBitsToFloat((int) p[1]);
        }
      }
      java.util.Arrays.sort(touched, 0, n); // ascending j: a deterministic visiting order
      for (int t = 0; t < n; t++) {
        int j = touched[t];
        if (dot[j] > 0) {
          visitor.visit(i, j, dot[j]);
        }
        dot[j] = 0;
      }
    }
  }

  /** Which group a vector belongs to; pairs within one group are never proposed. */
  @FunctionalInterface
  public interface Groups {
    int of(int index);
  }

  /**
   * The pairs worth comparing in a set that may be large: each vector proposes its {@code k} most
   * similar vectors of other groups (cosine at least {@code floor}), found through the terms that
   * at most {@code maxPostings} vectors use, and every proposed pair i &lt; j is visited once,
   * ascending, with its exact cosine. Very common terms still count in the cosine; they only do not
   * propose candidates, so the work per vector is bounded by its terms × {@code maxPostings}
   * instead of growing with the whole set, and the pairs grow as n × k, not n². Where no term is
   * that common and no vector has more than {@code k} neighbours above the floor, this visits
   * exactly the pairs of {@link #forEachPair} at or above the floor.
   */
  public static void forEachNearPair(List<TermVector> vectors, int k, double floor, int maxPostings, Groups groups,
      PairVisitor visitor) {
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
      int listed = best(touched, touchedCount, dot, shortlist);
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

  /** Whether candidate a ranks before b: the higher partial dot product, then the lower index. */
  private static boolean before(int a, int b, double[] dot) {
    return dot[a] != dot[b] ? dot[a] > dot[b] : a < b;
  }

  /**
   * The best {@code out.length} of the first {@code count} candidates (or all of them), in rank
   * order, into {@code out}; returns how many. A bounded heap whose root is the worst kept: the
   * same set and order a full sort would give, in count × log(out.length).
   */
  static int best(int[] candidates, int count, double[] dot, int[] out) {
    int cap = out.length;
    if (cap == 0) {
      return 0;
    }
    int size = 0;
    for (int c = 0; c < count; c++) {
      int x = candidates[c];
      if (size < cap) {
        // sift up: the worst kept stays at the root
        int at = size++;
        while (at > 0) {
          int parent = (at - 1) / 2;
          if (!before(out[parent], x, dot)) {
            break;
          }
          out[at] = out[parent];
          at = parent;
        }
        out[at] = x;
      } else if (before(x, out[0], dot)) {
        // replace the worst kept and sift down
        int at = 0;
        while (true) {
          int left = 2 * at + 1;
          if (left >= size) {
            break;
          }
          int worse = left + 1 < size && before(out[left], out[left + 1], dot) ? left + 1 : left;
          if (!before(x, out[worse], dot)) {
            break;
          }
          out[at] = out[worse];
          at = worse;
        }
        out[at] = x;
      }
    }
    // heap order → rank order (insertion sort is enough for 2k entries)
    for (int a = 1; a < size; a++) {
      int x = out[a];
      int b = a - 1;
      while (b >= 0 && before(x, out[b], dot)) {
        out[b + 1] = out[b];
        b--;
      }
      out[b + 1] = x;
    }
    return size;
  }

  /** Pairs packed into longs: appended, then sorted and made distinct once. */
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
