package org.storyfuse.cluster;

/** Small dense-vector helpers (float arrays). */
final class Vectors {

  private Vectors() {}

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double norm(float[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** A unit-length copy; a zero vector stays zero. */
  static float[] normalised(float[] a) {
    double n = norm(a);
    float[] out = new float[a.length];
    if (n == 0) {
      return out;
    }
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) (a[i] / n);
    }
    return out;
  }

  static void addInto(float[] sum, float[] v) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += v[i];
    }
  }
}
