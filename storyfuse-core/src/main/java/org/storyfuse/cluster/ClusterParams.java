package org.storyfuse.cluster;

/**
 * The knobs of {@link IncrementalStoryClusterer}. Weights need not sum to one: the score is their
 * weighted mean over the parts both sides have (no dense part when either lacks a vector).
 *
 * @param denseWeight     weight of the cosine of sentence embeddings (title + lead)
 * @param termWeight      weight of the TF-IDF cosine of title and body terms
 * @param entityWeight    weight of the idf-weighted cosine of entity keys
 * @param threshold       an article joins its best story when the score reaches this, else starts one
 * @param mergeThreshold  two stories merge when their profiles score this much against each other
 * @param graceDays       time gap (from the story's first to last article) with no penalty
 * @param decayDays       beyond the grace, the score is multiplied by exp(-(gap - grace) / decayDays)
 * @param denseCandidates how many nearest story centroids the dense index returns
 * @param keysPerArticle  how many entity keys and how many keywords (each) look up the inverted index
 * @param postingCapacity how many recent stories each key of the inverted index remembers
 * @param profileCap      terms (and entity keys) a story profile keeps, the heaviest ones
 */
public record ClusterParams(
    double denseWeight, double termWeight, double entityWeight,
    double threshold, double mergeThreshold,
    double graceDays, double decayDays,
    int denseCandidates, int keysPerArticle, int postingCapacity, int profileCap) {

  /**
   * Without embeddings (terms, entities, time). Thresholds from a grid search on MultiLing 2011;
   * 5-fold cross-validation across topics chose 0.15 / 0.04 in every fold. See docs/CLUSTERING.md.
   */
  public static final ClusterParams DEFAULT =
      new ClusterParams(1.0, 1.0, 0.5, 0.15, 0.05, 2.0, 3.0, 10, 16, 32, 512);

  /**
   * With MiniLM embeddings: dense cosines run higher, so both thresholds do too (grid search on
   * MultiLing 2011; the folds chose 0.15–0.3 / 0.14–0.16, see docs/CLUSTERING.md).
   */
  public static final ClusterParams WITH_DENSE = DEFAULT.withThreshold(0.35).withMergeThreshold(0.16);

  public ClusterParams withThreshold(double t) {
    return new ClusterParams(denseWeight, termWeight, entityWeight, t, mergeThreshold, graceDays,
        decayDays, denseCandidates, keysPerArticle, postingCapacity, profileCap);
  }

  public ClusterParams withMergeThreshold(double t) {
    return new ClusterParams(denseWeight, termWeight, entityWeight, threshold, t, graceDays,
        decayDays, denseCandidates, keysPerArticle, postingCapacity, profileCap);
  }

  public ClusterParams withWeights(double dense, double term, double entity) {
    return new ClusterParams(dense, term, entity, threshold, mergeThreshold, graceDays,
        decayDays, denseCandidates, keysPerArticle, postingCapacity, profileCap);
  }

  /**
   * Days after which a story cannot take any article: even a perfect match (score 1) decays below
   * the threshold. Stories idle that long leave the candidate indexes, which changes no result and
   * keeps candidate search (and memory) proportional to recent stories, not all stories.
   */
  public double expiryDays() {
    return graceDays + decayDays * Math.log(1 / Math.min(threshold, mergeThreshold));
  }
}
