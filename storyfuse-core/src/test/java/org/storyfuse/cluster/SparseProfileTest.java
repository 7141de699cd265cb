package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SparseProfileTest {

  @Test
  void dotsAreTheSameToTheLastBitWhicheverWayTheSharedTermsAreFound() {
    // Sizes on both sides of the seek ratio: an article against a storyline's long profile, two
    // long profiles, two short ones, an empty one.
    TermStats stats = new TermStats();
    for (int t = 0; t < 3_000; t++) {
      stats.idOf("t" + t);
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int t = 0; t < 400; t++) {
      stats.observe(randomIds(random, 1 + random.nextInt(300), 3_000));
    }
    int[] sizes = {0, 1, 3, 20, 90, 400, 1_000};
    for (int trial = 0; trial < 50; trial++) {
      for (int a : sizes) {
        for (int b : sizes) {
          SparseProfile x = randomProfile(random, a, 3_000);
          SparseProfile y = randomProfile(random, b, 3_000);
          double logN = stats.logN();
          assertThat(x.dot(y, stats, logN)).isEqualTo(walk(x, y, stats, logN, true))
              .isEqualTo(y.dot(x, stats, logN));
          assertThat(x.dotIdfOnce(y, stats, logN)).isEqualTo(walk(x, y, stats, logN, false))
              .isEqualTo(y.dotIdfOnce(x, stats, logN));
        }
      }
    }
  }

  @Test
  void aTermSharedAtEitherEndIsFound() {
    TermStats stats = new TermStats();
    for (int t = 0; t < 100; t++) {
      stats.idOf("t" + t);
    }
    int[] longIds = new int[100];
    float[] longWeights = new float[100];
    for (int i = 0; i < 100; i++) {
      longIds[i] = i;
      longWeights[i] = 1;
    }
    SparseProfile longer = SparseProfile.of(longIds, longWeights);
    SparseProfile ends = SparseProfile.of(new int[] {0, 99}, new float[] {2, 3});
    double idf0 = stats.idf(0, stats.logN());
    double idf99 = stats.idf(99, stats.logN());
    assertThat(ends.dotIdfOnce(longer, stats, stats.logN())).isEqualTo(2 * idf0 + 3 * idf99);
    assertThat(longer.dotIdfOnce(ends, stats, stats.logN())).isEqualTo(2 * idf0 + 3 * idf99);
  }

  /** The two sorted id lists walked side by side: the way every dot was computed before seeking. */
  private static double walk(SparseProfile x, SparseProfile y, TermStats stats, double logN, boolean squared) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size()) {
      int a = x.ids()[i];
      int b = y.ids()[j];
      if (a == b) {
        double idf = stats.idf(a, logN);
        dot += squared ? x.weight(i) * y.weight(j) * idf * idf : x.weight(i) * y.weight(j) * idf;
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  private static SparseProfile randomProfile(SplittableRandom random, int size, int vocabulary) {
    TreeMap<Integer, Float> w = new TreeMap<>();
    while (w.size() < size) {
      w.put(random.nextInt(vocabulary), (float) (0.01 + random.nextDouble()));
    }
    return SparseProfile.of(w.keySet().stream().mapToInt(Integer::intValue).toArray(), toFloats(w));
  }

  private static float[] toFloats(TreeMap<Integer, Float> w) {
    float[] out = new float[w.size()];
    int n = 0;
    for (float f : w.values()) {
      out[n++] = f;
    }
    return out;
  }

  private static int[] randomIds(SplittableRandom random, int size, int vocabulary) {
    return random.ints(0, vocabulary).distinct().limit(size).sorted().toArray();
  }
}
