package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;

/**
 * Chooses the assign and merge thresholds on labelled data by grid search, and estimates how well
 * the choice generalises by cross-validation across gold clusters (topics): each fold's thresholds
 * are chosen on the other topics alone, then all articles are clustered with them and only the
 * held-out topics' articles are scored (their B-cubed precision and recall still see every article
 * they were grouped with). Pooled over folds, every article is scored exactly once, by thresholds
 * that never saw its topic.
 */
public final class ThresholdTuning {

  /** One grid point and its B-cubed scores. */
  public record Point(double threshold, double mergeThreshold, ClusteringScores scores) {}

  /**
   * @param best      the grid point with the highest B-cubed F1 on all the data (in-sample)
   * @param heldOut   pooled held-out scores of the cross-validation (the honest number)
   * @param perFold   the thresholds each fold chose, to show how stable the choice is
   */
  public record Result(Point best, ClusteringScores heldOut, List<Point> perFold) {}

  public static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
  public static final double[] MERGE_THRESHOLDS =
      {0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20};

  private ThresholdTuning() {}

  /**
   * @param features features in arrival (batch) order
   * @param gold     gold cluster by article id
   * @param base     weights and the other knobs; only the two thresholds vary
   * @param folds    number of folds over the sorted gold topics (topic i goes to fold i mod folds)
   */
  public static Result run(List<ArticleFeatures> features, Map<String, String> gold, ClusterParams base, int folds) {
    Point best = search(features, gold, base);
    List<String> topics = new ArrayList<>(new TreeSet<>(gold.values()));
    HeldOutScores heldOut = new HeldOutScores();
    List<Point> perFold = new ArrayList<>();
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < topics.size(); i++) {
      foldOf.put(topics.get(i), i % folds);
    }
    for (int fold = 0; fold < folds; fold++) {
      int f = fold;
      List<ArticleFeatures> train = features.stream().filter(a -> foldOf.get(gold.get(a.id())) != f).toList();
      Point chosen = search(train, gold, base);
      perFold.add(chosen);
      List<String> all = StreamRun.labels(features, params(base, chosen), true, true);
      heldOut.add(features, gold, all, a -> foldOf.get(gold.get(a.id())) == f);
    }
    return new Result(best, heldOut.scores(), perFold);
  }

  /** The grid point with the highest B-cubed F1 (first one on ties, in grid order). */
  static Point search(List<ArticleFeatures> features, Map<String, String> gold, ClusterParams base) {
    Point best = null;
    for (double t : THRESHOLDS) {
      for (double m : MERGE_THRESHOLDS) {
        List<String> labels = StreamRun.labels(features, base.withThreshold(t).withMergeThreshold(m), true, true);
        List<String> g = features.stream().map(a -> gold.get(a.id())).toList();
        ClusteringScores s = ClusteringScores.of(g, labels);
        if (best == null || s.bcubedF1() > best.scores().bcubedF1()) {
          best = new Point(t, m, s);
        }
      }
    }
    return best;
  }

  private static ClusterParams params(ClusterParams base, Point p) {
    return base.withThreshold(p.threshold()).withMergeThreshold(p.mergeThreshold());
  }
}
