package org.storyfuse.text;

import java.util.Arrays;

/**
 * A growable list of index pairs (i, j) with a score each, in primitive arrays: the candidate pairs
 * of a large story or collection run to millions, too many for a list of boxed records. Pairs stay
 * in the order they were added.
 */
public final class ScoredPairs {

  private int[] is = new int[64];
  private int[] js = new int[64];
  private double[] scores = new double[64];
  private int size;

  public void add(int i, int j, double score) {
    if (size == is.length) {
      is = Arrays.copyOf(is, size * 2);
      js = Arrays.copyOf(js, size * 2);
      scores = Arrays.copyOf(scores, size * 2);
    }
    is[size] = i;
    js[size] = j;
    scores[size] = score;
    size++;
  }

  public int size() {
    return size;
  }

  /** The first index of pair {@code k}. */
  public int i(int k) {
    return is[k];
  }

  /** The second index of pair {@code k}. */
  public int j(int k) {
    return js[k];
  }

  /** The score of pair {@code k}. */
  public double score(int k) {
    return scores[k];
  }
}
