package org.storyfuse.cluster;

/**
 * The knobs of {@link IncrementalStoryClusterer}: the learned join decision, and how candidates are
 * searched (which changes cost, not the decision, except for a story candidate search misses).
 *
 * @param model           the join model (weights and thresholds of both levels)
 * @param denseCandidates how many nearest group centroids the dense index returns
 * @param keysPerArticle  how many entity keys and how many keywords (each) look up the inverted index
 * @param postingCapacity how many recent groups each key of the inverted index remembers
 * @param profileCap      terms (and entity keys) a group profile keeps, the heaviest ones
 * @param maxEventDays    an event idle this long takes no more articles and leaves the candidate
 *                        indexes (an event is one development; storylines never expire); the model
 *                        may make it shorter ({@link #eventExpiryDays()})
 * @param denseStorylines how many storylines the dense index holds, the most recently active ones: a
 *                        storyline quiet for longer leaves it (it is not closed: its names and
 *                        keywords still find it, and the article that revives it puts it back), so
 *                        the index, and the cost of searching it, stop growing with the stream
 */
public record ClusterParams(JoinModel model, int denseCandidates, int keysPerArticle, int postingCapacity,
    int profileCap, double maxEventDays, int denseStorylines) {

  /** The shipped model (it weighs sentence embeddings) with the default candidate search. */
  public static final ClusterParams DEFAULT = new ClusterParams(JoinModel.shipped(), 10, 16, 32, 512, 30,
      100_000);

  /** The shipped model trained without sentence embeddings, for a clusterer given no embedder. */
  public static final ClusterParams LEXICAL = DEFAULT.withModel(JoinModel.shippedLexical());

  public ClusterParams withModel(JoinModel m) {
    return new ClusterParams(m, denseCandidates, keysPerArticle, postingCapacity, profileCap, maxEventDays,
        denseStorylines);
  }

  public ClusterParams withDenseStorylines(int n) {
    return new ClusterParams(model, denseCandidates, keysPerArticle, postingCapacity, profileCap, maxEventDays, n);
  }

  /**
   * Days after which an event cannot take any article: even a perfect content match (every
   * similarity 1, every name covered) with that time gap stays below the event threshold; never
   * more than {@link #maxEventDays}. Events idle that long leave the candidate indexes, which keeps
   * candidate search (and memory) proportional to recent events, not all events.
   */
  public double eventExpiryDays() {
    JoinModel.Weights w = model.event();
    double best = w.bias();
    for (int i = 0; i < JoinModel.FEATURES.size(); i++) {
      if (i != JoinModel.LOG_GAP) {
        best += Math.max(0, w.weights()[i]);
      }
    }
    double slope = w.weights()[JoinModel.LOG_GAP];
    if (slope >= 0) {
      return maxEventDays;
    }
    // best + slope × ln(1 + gap) < threshold  ⇔  gap > exp((best − threshold) / −slope) − 1
    double logGap = (best - w.threshold()) / -slope;
    if (logGap > Math.log1p(StoryScorer.MAX_GAP_DAYS)) {
      return maxEventDays; // the gap feature stops growing at 30 days: time alone cannot close an event
    }
    double gap = Math.expm1(logGap);
    return Math.max(1, Math.min(maxEventDays, gap));
  }
}
