package org.storyfuse.cluster;

import java.util.Arrays;

/**
 * A sparse sum of idf-free term weights (term ids sorted ascending): one article's terms, or the
 * sum over a story's articles. Comparing two profiles applies idf at comparison time (see
 * {@link TermStats} for why). A story profile is capped: past {@code 2 × cap} terms it keeps the
 * {@code cap} heaviest, which bounds memory and comparison cost per story.
 */
final class SparseProfile {

  private int[] ids;
  private float[] weights;

  private SparseProfile(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  static SparseProfile empty() {
    return new SparseProfile(new int[0], new float[0]);
  }

  /** A profile from sorted distinct ids and their weights (arrays are taken, not copied). */
  static SparseProfile of(int[] sortedIds, float[] weights) {
    return new SparseProfile(sortedIds, weights);
  }

  int size() {
    return ids.length;
  }

  /** An independent copy (profiles grow in place, so two stories must never share one). */
  SparseProfile copy() {
    return new SparseProfile(ids.clone(), weights.clone());
  }

  int[] ids() {
    return ids;
  }

  float weight(int i) {
    return weights[i];
  }

  /** this += scale × other (a merge of the two sorted id arrays). */
  void add(SparseProfile other, float scale) {
    int[] outIds = new int[ids.length + other.ids.length];
    float[] outW = new float[outIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < other.ids.length) {
      if (j == other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
        outIds[n] = ids[i];
        outW[n++] = weights[i++];
      } else if (i == ids.length || other.ids[j] < ids[i]) {
        outIds[n] = other.ids[j];
        outW[n++] = scale * other.weights[j++];
      } else {
        outIds[n] = ids[i];
        outW[n++] = weights[i++] + scale * other.weights[j++];
      }
    }
    ids = Arrays.copyOf(outIds, n);
    weights = Arrays.copyOf(outW, n);
  }

  /** Keeps the {@code cap} heaviest terms once the profile holds more than twice that many. */
  void prune(int cap) {
    if (ids.length <= 2 * cap) {
      return;
    }
    float[] sorted = weights.clone();
    Arrays.sort(sorted);
    float floor = sorted[sorted.length - cap];
    int n = 0;
    int[] keptIds = new int[cap];
    float[] keptW = new float[cap];
    for (int i = 0; i < ids.length && n < cap; i++) {
      if (weights[i] >= floor) {
        keptIds[n] = ids[i];
        keptW[n++] = weights[i];
      }
    }
    ids = Arrays.copyOf(keptIds, n);
    weights = Arrays.copyOf(keptW, n);
  }

  /** Dot product of the idf-weighted profiles. */
  double dot(SparseProfile other, TermStats stats, double logN) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        double idf = stats.idf(ids[i], logN);
        dot += weights[i++] * other.weights[j++] * idf * idf;
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Dot product with idf applied once: Σ w_a w_b idf (a weighted overlap, not a cosine). */
  double dotIdfOnce(SparseProfile other, TermStats stats, double logN) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        dot += weights[i++] * other.weights[j++] * stats.idf(ids[i - 1], logN);
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Scales the weights so that Σ w × idf = 1 (an idf-weighted distribution over the ids). */
  void scaleToUnitMass(TermStats stats, double logN) {
    double mass = 0;
    for (int i = 0; i < ids.length; i++) {
      mass += weights[i] * stats.idf(ids[i], logN);
    }
    divideBy(mass);
  }

  /** Scales the weights so that the idf-weighted vector has unit length (under today's idf). */
  void scaleToUnit(TermStats stats, double logN) {
    double n = Math.sqrt(dot(this, stats, logN));
    divideBy(n);
  }

  /**
   * Scales the weights so that the idf-weighted vector has unit length only when every id is unseen
   * (idf at its ceiling, ln(1 + N) + 1): two such profiles then score Σ (idf / ceiling)² over what
   * they share, per unit of tf length. Unlike {@link #scaleToUnit}, a common id keeps a small
   * weight: two profiles that share only an id most of the collection has do not look alike.
   */
  void scaleToCeiling(double logN) {
    double n = 0;
    for (float w : weights) {
      n += (double) w * w;
    }
    n = Math.sqrt(n) * (logN + 1.0);
    divideBy(n);
  }

  /** Divides every weight by {@code d}; nothing when {@code d} is 0 (an empty or all-zero profile). */
  private void divideBy(double d) {
    if (d > 0) {
      for (int i = 0; i < weights.length; i++) {
        weights[i] = (float) (weights[i] / d);
      }
    }
  }

  /** Ids of the {@code k} terms with the highest weight × idf, heaviest first. */
  int[] top(int k, TermStats stats, double logN) {
    Integer[] order = new Integer[ids.length];
    double[] score = new double[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
      score[i] = weights[i] * stats.idf(ids[i], logN);
    }
    // Ties break on the term id, so the choice does not depend on hash order.
    Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(ids[x], ids[y]));
    int n = Math.min(k, order.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = ids[order[i]];
    }
    return out;
  }
}
