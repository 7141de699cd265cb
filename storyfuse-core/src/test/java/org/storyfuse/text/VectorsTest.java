package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dot products four partners at a time give each partner's product to the last bit. */
class VectorsTest {

  @Test
  void fourProductsAtOnceAreTheProductsOneAtATime() {
    Random random = new Random(7);
    for (int length : new int[] {0, 1, 3, 4, 5, 17, 384}) {
      float[] a = randomVector(random, length);
      float[][] b = {randomVector(random, length), randomVector(random, length), randomVector(random, length),
          randomVector(random, length)};
      double[] out = new double[6];
      Vectors.dot4(a, b[0], b[1], b[2], b[3], out, 1);
      for (int k = 0; k < 4; k++) {
        assertThat(Double.doubleToLongBits(out[1 + k])).as("length %d, partner %d", length, k)
            .isEqualTo(Double.doubleToLongBits(Vectors.dot(a, b[k])));
      }
      assertThat(out[0]).isZero();
      assertThat(out[5]).isZero();
    }
  }

  private static float[] randomVector(Random random, int length) {
    float[] v = new float[length];
    for (int i = 0; i < length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
