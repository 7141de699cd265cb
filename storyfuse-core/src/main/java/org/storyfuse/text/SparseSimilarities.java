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
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = groups.of(i);
    }
    int terms = TermVector.idBound(vectors);
    Postings postings = Postings.of(vectors, terms);
    double[] dot = new double[n];
    int[] touched = new int[n];
    // the proposing vector's weights by term id, valid where mark == its index + 1: the exact cosine
    // with a shortlisted vector is then one pass over that vector's terms, not a merge of both
    float[] own = new float[terms];
    int[] mark = new int[terms];
    NearPairs pairs = new NearPairs(n);
    int shortlistSize = 2 * k;
    int[] shortlist = new int[shortlistSize];
    double[] exact = new double[shortlistSize];
    int[] chosen = new int[shortlistSize];
    for (int i = 0; i < n; i++) {
      TermVector v = vectors.get(i);
      int ownGroup = group[i];
      int touchedCount = 0;
      boolean everyTermCounted = true;
      for (int t = 0; t < v.size(); t++) {
        int id = v.idAt(t);
        int from = postings.start[id];
        int to = postings.start[id + 1];
        if (to - from > maxPostings) {
          everyTermCounted = false;
          continue;
        }
        float w = v.weightAt(t);
        for (int p = from; p < to; p++) {
          int j = postings.vector[p];
          if (j == i || group[j] == ownGroup) {
            continue;
          }
          if (dot[j] == 0) {
            touched[touchedCount++] = j;
          }
          dot[j] += w * postings.weight[p];
        }
      }
      // the 2k best by the partial dot product (higher first, then the lower index), then the k
      // best of those by the exact cosine; selected, not sorted: a sentence may touch thousands
      int listed = best(touched, touchedCount, dot, shortlist);
      for (int t = 0; t < v.size(); t++) {
        own[v.idAt(t)] = v.weightAt(t);
        mark[v.idAt(t)] = i + 1;
      }
      for (int t = 0; t < listed; t++) {
        chosen[t] = t;
        // with no term left out, the partial product is the cosine: the same products added in the
        // same order (ascending term id), so the same number to the last bit
        exact[t] = everyTermCounted ? dot[shortlist[t]]
            : cosineWithMarked(vectors.get(shortlist[t]), own, mark, i + 1);
      }
      // by exact cosine, higher first, then the lower index (insertion sort: at most 2k entries)
      for (int a = 1; a < listed; a++) {
        int x = chosen[a];
        int b = a - 1;
        while (b >= 0 && (exact[x] != exact[chosen[b]] ? exact[x] > exact[chosen[b]]
            : shortlist[x] < shortlist[chosen[b]])) {
          chosen[b + 1] = chosen[b];
          b--;
        }
        chosen[b + 1] = x;
      }
      for (int t = 0; t < Math.min(k, listed); t++) {
        if (exact[chosen[t]] < floor) {
          break;
        }
        int j = shortlist[chosen[t]];
        pairs.add(Math.min(i, j), Math.max(i, j), exact[chosen[t]]);
      }
      for (int t = 0; t < touchedCount; t++) {
        dot[touched[t]] = 0;
      }
    }
    pairs.visitDistinct(visitor);
  }

  /**
   * {@code other}'s cosine with the vector whose weights are in {@code own} where {@code mark} is
   * {@code stamp}: the same products summed in the same order (ascending term id) as {@link
   * TermVector#cosine}, so the same number to the last bit.
   */
  private static double cosineWithMarked(TermVector other, float[] own, int[] mark, int stamp) {
    double sum = 0;
    for (int t = 0; t < other.size(); t++) {
      int id = other.idAt(t);
      if (mark[id] == stamp) {
        sum += own[id] * other.weightAt(t);
      }
    }
    return sum;
  }

  /** Term id → the vectors that hold it (ascending) with their weights, in flat arrays. */
  private static final class Postings {
    /** Term id's postings are at [start[id], start[id + 1]). */
    final int[] start;
    final int[] vector;
    final float[] weight;

    private Postings(int[] start, int[] vector, float[] weight) {
      this.start = start;
      this.vector = vector;
      this.weight = weight;
    }

    static Postings of(List<TermVector> vectors, int terms) {
      int[] start = new int[terms + 1];
      for (TermVector v : vectors) {
        for (int t = 0; t < v.size(); t++) {
          start[v.idAt(t) + 1]++;
        }
      }
      for (int id = 0; id < terms; id++) {
        start[id + 1] += start[id];
      }
      int[] next = java.util.Arrays.copyOf(start, terms);
      int[] vector = new int[start[terms]];
      float[] weight = new float[start[terms]];
      for (int i = 0; i < vectors.size(); i++) {
        TermVector v = vectors.get(i);
        for (int t = 0; t < v.size(); t++) {
          int p = next[v.idAt(t)]++;
          vector[p] = i;
          weight[p] = v.weightAt(t);
        }
      }
      return new Postings(start, vector, weight);
    }
  }

  /** Whether candidate a ranks before b: the higher partial dot product, then the lower index. */
  private static boolean before(int a, int b, double[] dot) {
    return dot[a] != dot[b] ? dot[a] > dot[b] : a < b;
  }

  /**
   * The best {@code out.length} of the first {@code count} candidates (or all of them), in rank
   * order, into {@code out}; returns how many. A bounded heap whose root is the worst kept, then
   * heapsorted: the same set and order a full sort would give, in count × log(out.length).
   */
  static int best(int[] candidates, int count, double[] dot, int[] out) {
    int cap = out.length;
    if (cap == 0) {
      return 0;
    }
    int size = 0;
    // the worst kept (the root) once the heap is full: most candidates only meet it, so it is held
    // in locals rather than read back through out[0] for each
    int worst = -1;
    double worstDot = 0;
    for (int c = 0; c < count; c++) {
      int x = candidates[c];
      if (size == cap) {
        double d = dot[x];
        if (d < worstDot || (d == worstDot && x > worst)) {
          continue; // ranks after the worst kept: before(worst, x)
        }
      }
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
      } else {
        siftDown(out, size, x, dot); // ranks before the worst kept: replaces it
      }
      if (size == cap) {
        worst = out[0];
        worstDot = dot[worst];
      }
    }
    // heap order → rank order (heapsort: the worst kept goes last, then the next worst; an insertion
    // sort of the heap's order cost ~size²/4 comparisons, a third of this selection's time)
    for (int end = size - 1; end > 0; end--) {
      int x = out[end];
      out[end] = out[0];
      siftDown(out, end, x, dot);
    }
    return size;
  }

  /** Puts {@code x} at the root of the heap {@code heap[0, size)} (the worst kept at the root) and sifts it down. */
  private static void siftDown(int[] heap, int size, int x, double[] dot) {
    int at = 0;
    while (true) {
      int left = 2 * at + 1;
      if (left >= size) {
        break;
      }
      int worse = left + 1 < size && before(heap[left], heap[left + 1], dot) ? left + 1 : left;
      if (!before(x, heap[worse], dot)) {
        break;
      }
      heap[at] = heap[worse];
      at = worse;
    }
    heap[at] = x;
  }

  /**
   * Proposed pairs i &lt; j with their cosine, appended in any order (a pair may come twice, once
   * from each side, with the same cosine); visited once each, i ascending, then j.
   */
  static final class NearPairs {
    private final int n;
    private final ScoredPairs pairs = new ScoredPairs();

    NearPairs(int n) {
      this.n = n;
    }

    void add(int i, int j, double cosine) {
      pairs.add(i, j, cosine);
    }

    void visitDistinct(PairVisitor visitor) {
      int size = pairs.size();
      // bucket by i (counting sort), then each bucket by j
      int[] start = new int[n + 1];
      for (int p = 0; p < size; p++) {
        start[pairs.i(p) + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] next = java.util.Arrays.copyOf(start, n);
      long[] byLow = new long[size]; // j << 32 | the pair's position: sorting it sorts by j
      for (int p = 0; p < size; p++) {
        byLow[next[pairs.i(p)]++] = ((long) pairs.j(p) << 32) | p;
      }
      for (int i = 0; i < n; i++) {
        java.util.Arrays.sort(byLow, start[i], start[i + 1]);
        int last = -1;
        for (int q = start[i]; q < start[i + 1]; q++) {
          int j = (int) (byLow[q] >>> 32);
          if (j != last) {
            visitor.visit(i, j, pairs.score((int) byLow[q]));
            last = j;
          }
        }
      }
    }
  }
}
