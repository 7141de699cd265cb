package org.storyfuse.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the story clusterer knows about one article. Built by {@link FeatureExtractor}; a pure
 * function of the article, so the pipeline computes it once and caches it.
 *
 * @param id       article id
 * @param time     publication time, or null when unknown (then no time feature applies to it)
 * @param dense    sentence-embedding of title and lead, L2-normalised, or null when none (used to
 *                 find candidates, not by the join model)
 * @param terms    raw term counts of title and body (title terms counted more than body terms); idf
 *                 is applied by the clusterer, which owns the collection statistics
 * @param lead     raw term counts of the title and the first words of the body, where news says
 *                 who did what, where
 * @param entities normalised keys of the named entities the article mentions (no duplicates)
 * @param salient  the entity keys named in the title or lead (a subset of {@code entities}): an
 *                 other report of the same event names them too; a report that does not is
 *                 evidence of a different event (another town, another victim)
 * @param headline whether the article is only a headline (no body beyond its title): its pair
 *                 features run lower than full articles' do for the same story (fewer shared terms
 *                 and names), so the join model weighs that regime of a pair by itself
 */
public record ArticleFeatures(
    String id, Instant time, float[] dense, Map<String, Integer> terms, Map<String, Integer> lead,
    List<String> entities, List<String> salient, boolean headline) implements java.io.Serializable {

  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    // sorted, not Map.copyOf: an immutable map's iteration order changes from JVM to JVM, and the
    // clusterer numbers terms in the order it meets them, so its sums ran in another order each run
    // and a join at the threshold went one way or the other (WCXB: two storylines one run, one the next)
    terms = sorted(terms);
    lead = sorted(lead);
    entities = List.copyOf(entities);
    salient = List.copyOf(salient);
  }

  private static Map<String, Integer> sorted(Map<String, Integer> counts) {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counts));
  }

  /** Without a separate lead: the lead is the whole text and every entity is salient (synthetic streams, tests). */
  public ArticleFeatures(String id, Instant time, float[] dense, Map<String, Integer> terms, List<String> entities) {
    this(id, time, dense, terms, terms, entities, entities, false);
  }
}
