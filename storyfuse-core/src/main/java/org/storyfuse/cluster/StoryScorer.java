package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;

/**
 * How strongly two profiles (an article and a story, or two stories) look like one story: the
 * weighted mean of dense, TF-IDF and entity similarity (each average link), times a time decay. The decay is
 * what separates "the same actors ten days later" from the running story: with 2 grace days and
 * 3 decay days a 10-day gap keeps 7% of the score.
 */
final class StoryScorer {

  private final ClusterParams params;
  private final TermStats termStats;
  private final TermStats entityStats;

  StoryScorer(ClusterParams params, TermStats termStats, TermStats entityStats) {
    this.params = params;
    this.termStats = termStats;
    this.entityStats = entityStats;
  }

  /**
   * Each part is average link: the mean over member pairs of their cosine, which for sums of unit
   * vectors is dot(sum a, sum b) / (n_a × n_b). Unlike centroid cosine it makes a loose story harder
   * to join than a tight one, so big stories do not swallow their neighbours.
   */
  double score(StoryState a, StoryState b) {
    double pairs = (double) a.sources() * b.sources();
    double weights = params.termWeight() + params.entityWeight();
    double sum = params.termWeight() * a.terms().dot(b.terms(), termStats, termStats.logN()) / pairs
        + params.entityWeight() * a.entities().dot(b.entities(), entityStats, entityStats.logN()) / pairs;
    float[] da = a.denseSum();
    float[] db = b.denseSum();
    if (da != null && db != null && params.denseWeight() > 0) {
      sum += params.denseWeight() * Math.max(0, Vectors.dot(da, db) / pairs);
      weights += params.denseWeight();
    }
    return weights == 0 ? 0 : sum / weights * decay(a.gapDays(b));
  }

  double decay(double gapDays) {
    return gapDays <= params.graceDays() ? 1 : Math.exp(-(gapDays - params.graceDays()) / params.decayDays());
  }
}
