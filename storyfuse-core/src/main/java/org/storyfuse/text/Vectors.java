package org.storyfuse.text;

/** Small dense-vector helpers (float arrays), shared by clustering and claim alignment. */
public final class Vectors {

  private Vectors() {}

  /** Four float accumulators: lets the JIT pipeline (and vectorise) the hot loop of candidate search. */
  public static double dot(float[] a, float[] b) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return (double) s0 + s1 + s2 + s3;
  }

  public static double norm(float[] a) {
    return Math.sqrt(dot(a, a));
  }

  /**
   * Scaled to unit length by one float factor, so that a dot product is the cosine; a zero vector is
   * returned as is. The sentence vectors' form (the embedder's and the analysis documents' vectors
   * must agree bit for bit, or a stored analysis would align differently from a fresh one).
   */
  public static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * scale;
    }
    return out;
  }

  /** A unit-length copy by division in double precision; a zero vector stays zero. */
  public static float[] normalised(float[] a) {
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

  public static void addInto(float[] sum, float[] v) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += v[i];
    }
  }
}
