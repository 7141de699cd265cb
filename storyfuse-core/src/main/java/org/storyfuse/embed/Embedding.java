package org.storyfuse.embed;

import java.util.Arrays;

/** A sentence vector (all-MiniLM-L6-v2, 384 dimensions, unit length). Immutable: reads return copies. */
public final class Embedding {

  private final float[] vector;

  public Embedding(float[] vector) {
    this.vector = vector.clone();
  }

  public float[] vector() {
    return vector.clone();
  }

  public int dimensions() {
    return vector.length;
  }

  /** Cosine similarity, in [-1, 1]. */
  public double cosine(Embedding other) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < vector.length; i++) {
      dot += vector[i] * other.vector[i];
      na += vector[i] * vector[i];
      nb += other.vector[i] * other.vector[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding e && Arrays.equals(vector, e.vector);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "Embedding[" + vector.length + "]";
  }
}
