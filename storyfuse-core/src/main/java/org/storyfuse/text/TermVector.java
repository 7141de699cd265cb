package org.storyfuse.text;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse, L2-normalised term-weight vector: term ids sorted ascending, with weights. Cosine of
 * two vectors is a merge of the sorted id arrays, so comparing costs O(terms), not O(vocabulary).
 */
public final class TermVector {

  public static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

  private final int[] ids;
  private final float[] weights;

  private TermVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** Builds a normalised vector from raw weights by term id; zero and negative weights are dropped. */
  public static TermVector of(Map<Integer, Double> rawWeights) {
    int[] ids = rawWeights.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .mapToInt(Map.Entry::getKey)
        .sorted()
        .toArray();
    double[] raw = new double[ids.length];
    for (int i = 0; i < ids.length; i++) {
      raw[i] = rawWeights.get(ids[i]);
    }
    return ofAscending(ids, raw);
  }

  /**
   * Builds a normalised vector from term ids, ascending without repeats, and their positive raw
   * weights (parallel); {@code ids} is kept, not copied.
   */
  static TermVector ofAscending(int[] ids, double[] rawWeights) {
    if (ids.length == 0) {
      return EMPTY;
    }
    float[] w = new float[ids.length];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      double v = rawWeights[i];
      w[i] = (float) v;
      norm += v * v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < w.length; i++) {
      w[i] *= inv;
    }
    return new TermVector(ids, w);
  }

  public double cosine(TermVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        sum += weights[i++] * other.weights[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** How many terms the two vectors share. */
  public int overlap(TermVector other) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        n++;
        i++;
        j++;
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  public int size() {
    return ids.length;
  }

  /** The k-th term id, ascending in k. */
  public int idAt(int k) {
    return ids[k];
  }

  /** The weight of the k-th term. */
  public float weightAt(int k) {
    return weights[k];
  }

  /** One more than the highest term id of any of the vectors (0 for none): the size of an array by term id. */
  public static int idBound(java.util.List<TermVector> vectors) {
    int bound = 0;
    for (TermVector v : vectors) {
      if (!v.isEmpty()) {
        bound = Math.max(bound, v.ids[v.ids.length - 1] + 1); // ids ascending
      }
    }
    return bound;
  }

  /** Adds {@code scale × this} into a dense accumulator indexed by term id (for centroids). */
  public void addTo(Map<Integer, Double> accumulator, double scale) {
    for (int i = 0; i < ids.length; i++) {
      accumulator.merge(ids[i], scale * weights[i], Double::sum);
    }
  }

  @Override
  public String toString() {
    return "TermVector" + Arrays.toString(ids);
  }
}
