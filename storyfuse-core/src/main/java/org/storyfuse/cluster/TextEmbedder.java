package org.storyfuse.cluster;

/** Turns a short text into a dense, L2-normalised vector (a sentence embedding). */
public interface TextEmbedder {

  float[] embed(String text);

  int dimension();
}
