package org.storyfuse.embed;

import java.util.List;

/**
 * Turns sentences (or short texts) into dense unit vectors. One instance is made per process and
 * handed to every stage that needs vectors (analysis, clustering, claim alignment), so a model is
 * loaded once and a sentence embedded once. Implementations are thread-safe.
 */
public interface Embedder {

  /** Length of every vector this embedder returns. */
  int dimension();

  /** One unit-length vector per text, in order. */
  List<Embedding> embedAll(List<String> texts);

  /**
   * Forgets the vectors it cached, if it caches any. For benchmarks: a warm round over the same
   * inputs must pay for its vectors, not be answered from the previous round's cache.
   */
  default void clearCache() {}

  /**
   * Whether this embedder's vectors mean something for text in {@code language} (ISO 639-1, or
   * "und"). A model trained on one language maps another's text, whatever it says, to a few nearby
   * points, so two unrelated reports in it look alike: callers compare such text by its words only.
   */
  default boolean reads(String language) {
    return true;
  }

  default Embedding embed(String text) {
    return embedAll(List.of(text)).get(0);
  }
}
