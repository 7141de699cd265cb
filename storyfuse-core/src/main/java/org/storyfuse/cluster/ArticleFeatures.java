package org.storyfuse.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the story clusterer knows about one article. Built by {@link FeatureExtractor} today; the
 * analysis stage can build it from its own entities and embeddings without changing the clusterer.
 *
 * @param id       article id
 * @param time     publication time, or null when unknown (then no time decay applies to it)
 * @param dense    sentence-embedding of title and lead, L2-normalised, or null when none
 * @param terms    raw term counts (title terms counted more than body terms); idf is applied by the
 *                 clusterer, which owns the collection statistics
 * @param entities normalised keys of the named entities the article mentions (no duplicates)
 */
public record ArticleFeatures(
    String id, Instant time, float[] dense, Map<String, Integer> terms, List<String> entities) {

  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    terms = Map.copyOf(terms);
    entities = List.copyOf(entities);
  }
}
