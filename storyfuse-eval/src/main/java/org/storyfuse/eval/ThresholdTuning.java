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

  /**
   * The grid point with the highest B-cubed F1, ties broken by the mean F1 of its grid neighbours:
   * on small sets many points tie, and the middle of a plateau generalises better than its edge.
   */
  static Point search(List<ArticleFeatures> features, Map<String, String> gold, ClusterParams base) {
    List<String> g = features.stream().map(a -> gold.get(a.id())).toList();
    Point[][] grid = new Point[THRESHOLDS.length][MERGE_THRESHOLDS.length];
    for (int i = 0; i < THRESHOLDS.length; i++) {
      for (int j = 0; j < MERGE_THRESHOLDS.length; j++) {
        ClusterParams p = base.withThreshold(THRESHOLDS[i]).withMergeThreshold(MERGE_THRESHOLDS[j]);
        grid[i][j] = new Point(THRESHOLDS[i], MERGE_THRESHOLDS[j],
            ClusteringScores.of(g, StreamRun.labels(features, p, true, true)));
      }
    }
    Point best = null;
    double bestF1 = -1;
    double bestNeighbourhood = -1;
    for (int i = 0; i < THRESHOLDS.length; i++) {
      for (int j = 0; j < MERGE_THRESHOLDS.length; j++) {
        double f1 = grid[i][j].scores().bcubedF1();
        double neighbourhood = neighbourhood(grid, i, j);
        if (f1 > bestF1 || (f1 == bestF1 && neighbourhood > bestNeighbourhood)) {
          best = grid[i][j];
          bestF1 = f1;
          bestNeighbourhood = neighbourhood;
        }
      }
    }
    return best;
  }

  private static double neighbourhood(Point[][] grid, int i, int j) {
    double sum = 0;
    int n = 0;
    for (int di = -1; di <= 1; di++) {
      for (int dj = -1; dj <= 1; dj++) {
        int a = i + di;
        int b = j + dj;
        if (a >= 0 && a < grid.length && b >= 0 && b < grid[a].length) {
          sum += grid[a][b].scores().bcubedF1();
          n++;
        }
      }
    }
    return sum / n;
  }

  private static ClusterParams params(ClusterParams base, Point p) {
    return base.withThreshold(p.threshold()).withMergeThreshold(p.mergeThreshold());
  }
}
