package org.storyfuse.analyze.tag;

/**
 * The features of one token in context, as hashes ({@link FeatureHash}): what a tagger's templates
 * compute from the sentence's words and the tags already chosen to the left (greedy decoding reads
 * left to right). Implementations are stateless and thread-safe.
 */
interface FeatureTemplates {

  /** At most this many features per token. */
  int MAX_FEATURES = 48;

  /**
   * Writes the features of token {@code i} into {@code out} and returns how many.
   *
   * @param tokens the sentence
   * @param tags   tags chosen so far (indices; only {@code [0, i)} are set)
   */
  int features(Tokens tokens, int[] tags, int i, long[] out);

  /** Whether the templates read {@link Tokens#gazetteer} (loading the {@link Gazetteer} once). */
  default boolean readsGazetteer() {
    return false;
  }

  /** A stable name stored with the model: a model is only read by the templates it was trained with. */
  String name();
}
