package org.storyfuse.cluster;

/**
 * The join features of two groups (an article is a one-article group) and a level's logit over
 * them, computed from the groups' sums ({@link StoryState}) as average link: each feature is the
 * mean over article pairs — dot(sum a, sum b) / (n_a × n_b), and a walk over the two day histograms
 * for the time gap — so the logit of two groups is the mean logit of their article pairs, which is
 * what the model was trained on. Average link makes a loose group harder to join than a tight one,
 * so a big story does not swallow its neighbours.
 */
final class StoryScorer {

  /**
   * Gaps longer than this count as this long: a month apart is as far as time can tell events
   * apart, and it keeps a misdated report (ECB+ dates some from their URLs, years off) from
   * weighing more than any true gap.
   */
  static final int MAX_GAP_DAYS = 30;
  private static final double[] LOG_GAP = new double[MAX_GAP_DAYS + 1];

  static {
    for (int d = 0; d <= MAX_GAP_DAYS; d++) {
      LOG_GAP[d] = Math.log1p(d);
    }
  }

  private final TermStats termStats;
  private final TermStats entityStats;

  StoryScorer(TermStats termStats, TermStats entityStats) {
    this.termStats = termStats;
    this.entityStats = entityStats;
  }

  double logit(JoinModel.Weights w, StoryState a, StoryState b) {
    return w.logit(features(a, b, w.usesTime()));
  }

  /** The {@link JoinModel#FEATURES} of two groups by average link; the time gap stays 0 unless {@code withTime}. */
  double[] features(StoryState a, StoryState b, boolean withTime) {
    double pairs = (double) a.sources() * b.sources();
    double tLogN = termStats.logN();
    double eLogN = entityStats.logN();
    double[] f = new double[JoinModel.FEATURES.size()];
    f[JoinModel.BODY] = a.terms().dot(b.terms(), termStats, tLogN) / pairs;
    f[JoinModel.LEAD] = a.lead().dot(b.lead(), termStats, tLogN) / pairs;
    f[JoinModel.ENTITIES] = a.entities().dot(b.entities(), entityStats, eLogN) / pairs;
    f[JoinModel.COVERED] = (a.salient().dotIdfOnce(b.presence(), entityStats, eLogN)
        + b.salient().dotIdfOnce(a.presence(), entityStats, eLogN)) / (2 * pairs);
    f[JoinModel.NAMED] = named(a, b);
    f[JoinModel.NUMBERS] = a.numbers().dot(b.numbers(), termStats, tLogN) / pairs;
    f[JoinModel.RARE_NUMBERS] = a.rareNumbers().dot(b.rareNumbers(), termStats, tLogN) / pairs;
    if (a.denseSum() != null && b.denseSum() != null) {
      f[JoinModel.DENSE] = org.storyfuse.text.Vectors.dot(a.denseSum(), b.denseSum()) / pairs;
    }
    // Pairs with a headline-only side: all but full × full; both: headline × headline.
    double fullA = a.sources() - a.headlines();
    double fullB = b.sources() - b.headlines();
    f[JoinModel.HEADLINE_ANY] = 1 - fullA * fullB / pairs;
    f[JoinModel.HEADLINE_BOTH] = (double) a.headlines() * b.headlines() / pairs;
    // Over the pairs with a headline side: Σ[h_i ∨ h_j] s_ij = H_a·S_b + S_a·H_b − H_a·H_b, where H
    // sums the headline members' vectors and S all members'.
    if (a.headlines() > 0 || b.headlines() > 0) {
      f[JoinModel.HEADLINE_LEAD] = (a.headlineLead().dot(b.lead(), termStats, tLogN)
          + a.lead().dot(b.headlineLead(), termStats, tLogN)
          - a.headlineLead().dot(b.headlineLead(), termStats, tLogN)) / pairs;
      if (a.denseSum() != null && b.denseSum() != null) {
        float[] ha = a.headlineDense();
        float[] hb = b.headlineDense();
        double sum = 0;
        if (ha != null) {
          sum += org.storyfuse.text.Vectors.dot(ha, b.denseSum());
        }
        if (hb != null) {
          sum += org.storyfuse.text.Vectors.dot(a.denseSum(), hb);
        }
        if (ha != null && hb != null) {
          sum -= org.storyfuse.text.Vectors.dot(ha, hb);
        }
        f[JoinModel.HEADLINE_DENSE] = sum / pairs;
      }
    }
    if (withTime && a.days() != null && b.days() != null) {
      int[] da = a.days();
      int[] ca = a.dayCounts();
      int[] db = b.days();
      int[] cb = b.dayCounts();
      double gap = 0;
      for (int i = 0; i < da.length; i++) {
        for (int j = 0; j < db.length; j++) {
          gap += (double) ca[i] * cb[j] * LOG_GAP[Math.min(MAX_GAP_DAYS, Math.abs(da[i] - db[j]))];
        }
      }
      f[JoinModel.LOG_GAP] = gap / pairs;
    }
    return f;
  }

  private static double named(StoryState a, StoryState b) {
    return ((double) a.named() / a.sources() + (double) b.named() / b.sources()) / 2;
  }
}
