package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.storyfuse.text.Vectors;

class HnswIndexTest {

  private static final int DIM = 384;

  /**
   * Unit vectors around {@code centres} random centres (the same centres for the same count), like
   * story centroids of a few topics; {@code seed} draws the points around them.
   */
  private static float[][] clustered(int n, int centres, long seed) {
    Random centreRandom = new Random(centres);
    float[][] centre = new float[centres][];
    for (int c = 0; c < centres; c++) {
      centre[c] = gaussian(centreRandom, 1);
    }
    Random random = new Random(seed);
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      float[] noise = gaussian(random, 0.8);
      float[] v = new float[DIM];
      for (int d = 0; d < DIM; d++) {
        v[d] = centre[i % centres][d] + noise[d];
      }
      out[i] = Vectors.normalised(v);
    }
    return out;
  }

  private static float[] gaussian(Random random, double sigma) {
    float[] v = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) (random.nextGaussian() * sigma);
    }
    return v;
  }

  /** The k keys of the live vectors most similar to q, by exact float inner product. */
  private static int[] exactTop(float[][] vectors, boolean[] live, float[] q, int k) {
    return IntStream.range(0, vectors.length)
        .filter(i -> live[i])
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -Vectors.dot(q, vectors[i])).thenComparing(i -> i))
        .limit(k)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Vector i under key i. */
  private static HnswIndex indexed(float[][] vectors) {
    HnswIndex index = new HnswIndex(12, 32, 7);
    for (int i = 0; i < vectors.length; i++) {
      index.put(i, vectors[i]);
    }
    return index;
  }

  private static boolean[] allLive(int n) {
    boolean[] live = new boolean[n];
    Arrays.fill(live, true);
    return live;
  }

  private static double recall(HnswIndex index, float[][] vectors, boolean[] live, float[][] queries, int k) {
    int hit = 0;
    int asked = 0;
    for (float[] q : queries) {
      int[] exact = exactTop(vectors, live, q, k);
      int[] found = index.search(q, k, 32);
      for (int e : exact) {
        if (Arrays.stream(found).anyMatch(f -> f == e)) {
          hit++;
        }
      }
      asked += exact.length;
    }
    return (double) hit / asked;
  }

  @Test
  void findsTheExactNearestNeighboursAlmostAlwaysDespiteTheByteCodes() {
    float[][] vectors = clustered(3_000, 60, 1);
    boolean[] live = allLive(vectors.length);
    HnswIndex index = indexed(vectors);
    float[][] queries = clustered(200, 60, 2);

    assertThat(recall(index, vectors, live, queries, 10)).isGreaterThan(0.95);
    // A stored vector is its own nearest neighbour.
    for (int i = 0; i < vectors.length; i += 97) {
      assertThat(index.search(vectors[i], 1, 32)).containsExactly(i);
    }
  }

  @Test
  void removedKeysAreNeverReturnedAndTheGraphShrinksOnceTheyOutnumberTheLive() {
    // Point i lies around centre i % 40, so three centres in four lose all their points: queries
    // there start among removed nodes only and must walk on to live ones.
    float[][] vectors = clustered(4_000, 40, 3);
    boolean[] live = allLive(vectors.length);
    HnswIndex index = indexed(vectors);
    // Remove three in four: well past the rebuild point (removed > live and > 1,024).
    for (int i = 0; i < vectors.length; i++) {
      if (i % 4 != 0) {
        index.remove(i);
        live[i] = false;
      }
    }
    index.remove(1); // again: nothing happens
    index.remove(99_999); // unknown: nothing happens

    assertThat(index.live()).isEqualTo(1_000);
    assertThat(index.nodes()).isLessThan(vectors.length);
    float[][] queries = clustered(160, 40, 4);
    for (float[] q : queries) {
      assertThat(Arrays.stream(index.search(q, 10, 32)).boxed()).allMatch(key -> key % 4 == 0).hasSize(10);
    }
    float[][] amongLive = IntStream.range(0, queries.length).filter(j -> j % 4 == 0).mapToObj(j -> queries[j])
        .toArray(float[][]::new);
    assertThat(recall(index, vectors, live, amongLive, 10)).isGreaterThan(0.95);
  }

  @Test
  void withHalfTheNodesRemovedAndNotYetRebuiltTheLiveNearestAreStillFound() {
    // Every region keeps half its points, the removed half staying as waypoints: the walk ends by
    // all nodes visited, and must still hold the live nearest.
    float[][] vectors = clustered(4_000, 60, 5);
    boolean[] live = allLive(vectors.length);
    HnswIndex index = indexed(vectors);
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int removed = 0;
    for (int i = 0; i < vectors.length && removed < 1_990; i++) {
      if (random.nextBoolean()) {
        index.remove(i);
        live[i] = false;
        removed++;
      }
    }
    assertThat(index.nodes()).as("not rebuilt").isEqualTo(vectors.length);
    float[][] queries = clustered(200, 60, 6);
    assertThat(recall(index, vectors, live, queries, 10)).isGreaterThan(0.95);
  }

  @Test
  void aKeyPutAgainMovesToItsNewVector() {
    float[][] vectors = clustered(500, 10, 5);
    HnswIndex index = indexed(vectors);
    // Key 0 moves a little (cosine ≈ 0.99, as a story centroid that callers re-index).
    float[] moved = vectors[0].clone();
    moved[0] += 0.1f;
    moved[1] -= 0.1f;
    moved = Vectors.normalised(moved);
    index.put(0, moved);

    assertThat(Vectors.dot(moved, vectors[0])).isBetween(0.98, 0.995);
    assertThat(index.live()).isEqualTo(500);
    assertThat(index.search(moved, 1, 32)).containsExactly(0);
  }

  @Test
  void theSameOperationsGiveTheSameAnswers() {
    float[][] vectors = clustered(2_500, 30, 6);
    HnswIndex a = new HnswIndex(12, 32, 11);
    HnswIndex b = new HnswIndex(12, 32, 11);
    for (HnswIndex index : new HnswIndex[] {a, b}) {
      for (int i = 0; i < vectors.length; i++) {
        index.put(i, vectors[i]);
        if (i >= 1_500) {
          index.remove(i - 1_500);
        }
      }
    }
    for (float[] q : clustered(50, 30, 8)) {
      assertThat(a.search(q, 10, 32)).containsExactly(b.search(q, 10, 32));
    }
  }

  @Test
  void aZeroVectorIsIndexedAndAVectorOfAnotherLengthIsRefused() {
    HnswIndex index = new HnswIndex(12, 32, 7);
    index.put(1, new float[DIM]);
    index.put(2, clustered(1, 1, 9)[0]);

    assertThat(index.search(clustered(1, 1, 9)[0], 2, 32)).containsExactly(2, 1);
    assertThatThrownBy(() -> index.put(3, new float[DIM + 1])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("385");
  }

  @Test
  void anEmptyIndexFindsNothing() {
    HnswIndex index = new HnswIndex(12, 32, 7);
    assertThat(index.search(new float[DIM], 5, 32)).isEmpty();
    index.put(4, clustered(1, 1, 10)[0]);
    index.remove(4);
    assertThat(index.search(clustered(1, 1, 10)[0], 5, 32)).isEmpty();
  }
}
