package org.storyfuse.cluster;

/**
 * Document frequencies of a collection counted elsewhere, for a clusterer that groups only part of
 * it. A distributed job (storyfuse-spark) counts them over every original of the whole input and
 * groups one connected part of the candidate graph at a time: with the whole collection's counts,
 * each part is scored under the same idf as a single-machine run over everything would use.
 */
public interface CollectionCounts {

  /** Documents (originals) in the whole collection. */
  int documents();

  /** Documents of the collection whose terms (as {@link ArticleFeatures#terms()} keys) hold {@code term}. */
  int termDocuments(String term);

  /** Documents of the collection whose entity keys ({@link ArticleFeatures#entities()}) hold {@code key}. */
  int entityDocuments(String key);
}
