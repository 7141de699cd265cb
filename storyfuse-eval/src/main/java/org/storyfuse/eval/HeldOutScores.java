package org.storyfuse.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.storyfuse.cluster.ArticleFeatures;

/**
 * B-cubed and clustering F1 summed over held-out items only, while cluster sizes count every item
 * that was clustered: a held-out article grouped with training articles loses precision for them.
 * Adds up over folds, so pooled cross-validation scores every item once.
 */
final class HeldOutScores {

  private double precision;
  private double recall;
  private double weightedF1;
  private int items;
  private final Set<String> goldClusters = new HashSet<>();
  private final Set<String> predicted = new HashSet<>();

  /** @param labels predicted label per feature, same order */
  void add(List<ArticleFeatures> features, Map<String, String> gold, List<String> labels,
      Predicate<ArticleFeatures> heldOut) {
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> joint = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      String g = gold.get(features.get(i).id());
      goldSize.merge(g, 1, Integer::sum);
      predSize.merge(labels.get(i), 1, Integer::sum);
      joint.merge(g + "\u0000" + labels.get(i), 1, Integer::sum);
    }
    Set<String> heldGold = new HashSet<>();
    for (int i = 0; i < features.size(); i++) {
      if (!heldOut.test(features.get(i))) {
        continue;
      }
      String g = gold.get(features.get(i).id());
      int both = joint.get(g + "\u0000" + labels.get(i));
      precision += (double) both / predSize.get(labels.get(i));
      recall += (double) both / goldSize.get(g);
      items++;
      heldGold.add(g);
      goldClusters.add(g);
      predicted.add(labels.get(i));
    }
    // Clustering F1 (Miranda et al. 2018): best-matching predicted cluster per held-out gold cluster.
    for (String g : heldGold) {
      double best = 0;
      for (Map.Entry<String, Integer> c : predSize.entrySet()) {
        int both = joint.getOrDefault(g + "\u0000" + c.getKey(), 0);
        if (both > 0) {
          double p = (double) both / c.getValue();
          double r = (double) both / goldSize.get(g);
          best = Math.max(best, 2 * p * r / (p + r));
        }
      }
      weightedF1 += best * goldSize.get(g);
    }
  }

  ClusteringScores scores() {
    double p = items == 0 ? 0 : precision / items;
    double r = items == 0 ? 0 : recall / items;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new ClusteringScores(p, r, f, items == 0 ? 0 : weightedF1 / items, items, goldClusters.size(),
        predicted.size());
  }
}
