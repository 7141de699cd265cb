package org.storyfuse.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering quality against gold labels.
 * <ul>
 *   <li>B-cubed (Bagga and Baldwin 1998): per item, precision = share of its predicted cluster with
 *       its gold label, recall = share of its gold cluster in its predicted cluster; averaged over items.
 *   <li>Clustering F1 as in Miranda et al. 2018 (multilingual news stream clustering): for each gold
 *       cluster the best F1 of any predicted cluster, weighted by gold cluster size.
 * </ul>
 */
public record ClusteringScores(
    double bcubedPrecision, double bcubedRecall, double bcubedF1, double clusteringF1,
    int items, int goldClusters, int predictedClusters) {

  /** @param gold gold label per item, @param predicted predicted label per item (same order) */
  public static ClusteringScores of(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted labels differ in length");
    }
    int n = gold.size();
    Map<String, Integer> goldSize = count(gold);
    Map<String, Integer> predSize = count(predicted);
    Map<String, Integer> joint = new HashMap<>();
    for (int i = 0; i < n; i++) {
      joint.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int both = joint.get(gold.get(i) + "\u0000" + predicted.get(i));
      p += (double) both / predSize.get(predicted.get(i));
      r += (double) both / goldSize.get(gold.get(i));
    }
    p = n == 0 ? 0 : p / n;
    r = n == 0 ? 0 : r / n;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);

    // Best F1 per gold cluster over the predicted clusters it overlaps: one pass over the joint
    // counts (pairs that share no item have F1 0), not gold × predicted, which is quadratic.
    Map<String, Double> bestOfGold = new HashMap<>();
    for (Map.Entry<String, Integer> e : joint.entrySet()) {
      int sep = e.getKey().indexOf('\u0000');
      String g = e.getKey().substring(0, sep);
      String c = e.getKey().substring(sep + 1);
      double prec = (double) e.getValue() / predSize.get(c);
      double rec = (double) e.getValue() / goldSize.get(g);
      bestOfGold.merge(g, 2 * prec * rec / (prec + rec), Math::max);
    }
    double weighted = 0;
    for (Map.Entry<String, Double> b : bestOfGold.entrySet()) {
      weighted += b.getValue() * goldSize.get(b.getKey());
    }
    double clusteringF1 = n == 0 ? 0 : weighted / n;
    return new ClusteringScores(p, r, f, clusteringF1, n, goldSize.size(), predSize.size());
  }

  private static Map<String, Integer> count(List<String> labels) {
    Map<String, Integer> m = new HashMap<>();
    labels.forEach(l -> m.merge(l, 1, Integer::sum));
    return m;
  }
}
