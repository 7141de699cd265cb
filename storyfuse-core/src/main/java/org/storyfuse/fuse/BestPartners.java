package org.storyfuse.fuse;

import java.util.Arrays;
import org.storyfuse.text.ScoredPairs;

/**
 * For every node, its best-scoring partner in each other independent source, from the scored
 * candidate pairs of {@link ClaimAligner}: the partner of the highest score, the earlier pair on a
 * tie. Only the sources a node has a pair with are held, sorted, in flat arrays: a dense
 * node × source table (what this replaced) is 11,200 × 400 cells for a 400-article story, most of
 * them empty, and it was allocated and scanned on every brief.
 */
final class BestPartners {

  /** Node x's entries are at [start[x], start[x + 1]), ascending by source. */
  private final int[] start;
  private final int[] sources;
  private final int[] partners;
  private final double[] scores;

  private BestPartners(int[] start, int[] sources, int[] partners, double[] scores) {
    this.start = start;
    this.sources = sources;
    this.partners = partners;
    this.scores = scores;
  }

  /**
   * @param n           the number of nodes
   * @param pairs       the scored pairs (nodes of different independent sources)
   * @param pairScores  each pair's score, parallel to {@code pairs}
   * @param independent each node's independent source number (≥ 1)
   */
  static BestPartners of(int n, ScoredPairs pairs, double[] pairScores, int[] independent) {
    // the pairs of each node, in pair order (counting sort): ties then keep the earlier pair
    int[] offset = new int[n + 1];
    for (int k = 0; k < pairs.size(); k++) {
      offset[pairs.i(k) + 1]++;
      offset[pairs.j(k) + 1]++;
    }
    for (int x = 0; x < n; x++) {
      offset[x + 1] += offset[x];
    }
    int[] next = Arrays.copyOf(offset, n);
    int[] pairOf = new int[offset[n]];
    for (int k = 0; k < pairs.size(); k++) {
      pairOf[next[pairs.i(k)]++] = k;
      pairOf[next[pairs.j(k)]++] = k;
    }
    int maxSource = 0;
    for (int s : independent) {
      maxSource = Math.max(maxSource, s);
    }
    int[] slotOf = new int[maxSource + 1]; // source → its entry among this node's, -1: none yet
    Arrays.fill(slotOf, -1);
    int[] start = new int[n + 1];
    int[] sources = new int[offset[n]];
    int[] partners = new int[offset[n]];
    double[] scores = new double[offset[n]];
    int[] slotSource = new int[maxSource + 1];
    int[] slotPartner = new int[maxSource + 1];
    double[] slotScore = new double[maxSource + 1];
    long[] order = new long[maxSource + 1];
    int size = 0;
    for (int x = 0; x < n; x++) {
      start[x] = size;
      int slots = 0;
      for (int e = offset[x]; e < offset[x + 1]; e++) {
        int k = pairOf[e];
        int other = pairs.i(k) == x ? pairs.j(k) : pairs.i(k);
        int source = independent[other];
        double score = pairScores[k];
        int slot = slotOf[source];
        if (slot < 0) {
          slotOf[source] = slots;
          slotSource[slots] = source;
          slotPartner[slots] = other;
          slotScore[slots] = score;
          slots++;
        } else if (score > slotScore[slot]) { // strictly greater: a tie keeps the earlier pair
          slotPartner[slot] = other;
          slotScore[slot] = score;
        }
      }
      for (int t = 0; t < slots; t++) {
        order[t] = ((long) slotSource[t] << 32) | t;
        slotOf[slotSource[t]] = -1;
      }
      Arrays.sort(order, 0, slots);
      for (int t = 0; t < slots; t++) {
        int slot = (int) order[t];
        sources[size] = slotSource[slot];
        partners[size] = slotPartner[slot];
        scores[size] = slotScore[slot];
        size++;
      }
    }
    start[n] = size;
    return new BestPartners(start, sources, partners, scores);
  }

  /** The most entries any node has (at most the number of sources). */
  int maxEntries() {
    int most = 0;
    for (int x = 0; x + 1 < start.length; x++) {
      most = Math.max(most, start[x + 1] - start[x]);
    }
    return most;
  }

  /** The first of node x's entries. */
  int start(int x) {
    return start[x];
  }

  /** One past the last of node x's entries. */
  int end(int x) {
    return start[x + 1];
  }

  /** Entry e's independent source. */
  int source(int e) {
    return sources[e];
  }

  /** Entry e's partner: the best-scoring node of that source. */
  int node(int e) {
    return partners[e];
  }

  /** Entry e's score. */
  double score(int e) {
    return scores[e];
  }

  /** Node x's best partner in independent source {@code source}; -1 when it has no pair there. */
  int nodeFor(int x, int source) {
    int at = Arrays.binarySearch(sources, start[x], start[x + 1], source);
    return at >= 0 ? partners[at] : -1;
  }
}
