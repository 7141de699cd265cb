package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;

/**
 * How much the arrival order changes the stories: the same articles streamed in {@code runs}
 * seeded random orders (idf counted as they arrive, as in a real stream), each scored against gold,
 * and every pair of runs compared with each other (B-cubed F1 of one run against the other as gold:
 * 1.0 means the two orders gave identical stories).
 *
 * @param runs            number of shuffled orders
 * @param meanF1          mean B-cubed F1 against gold
 * @param minF1           worst B-cubed F1 against gold
 * @param maxF1           best B-cubed F1 against gold
 * @param meanAgreement   mean pairwise B-cubed F1 between runs
 * @param minAgreement    lowest pairwise B-cubed F1 between runs
 */
public record OrderSensitivity(
    int runs, double meanF1, double minF1, double maxF1, double meanAgreement, double minAgreement) {

  /**
   * @param features    one per article, any order
   * @param gold        gold cluster by article id
   * @param consolidate whether each run ends with a consolidation (as a stream at a quiet time)
   */
  public static OrderSensitivity measure(List<ArticleFeatures> features, Map<String, String> gold,
      ClusterParams params, int runs, long seed, boolean consolidate) {
    Random random = new Random(seed);
    List<Map<String, String>> results = new ArrayList<>();
    List<Double> f1 = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      List<ArticleFeatures> order = new ArrayList<>(features);
      Collections.shuffle(order, random);
      List<String> labels = StreamRun.labels(order, params, false, consolidate);
      Map<String, String> byId = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        byId.put(order.get(i).id(), labels.get(i));
      }
      results.add(byId);
      f1.add(score(features, gold, byId));
    }
    List<Double> agreement = new ArrayList<>();
    for (int a = 0; a < runs; a++) {
      for (int b = a + 1; b < runs; b++) {
        agreement.add(score(features, results.get(a), results.get(b)));
      }
    }
    return new OrderSensitivity(runs, mean(f1), Collections.min(f1), Collections.max(f1),
        agreement.isEmpty() ? 1 : mean(agreement), agreement.isEmpty() ? 1 : Collections.min(agreement));
  }

  private static double score(List<ArticleFeatures> features, Map<String, String> gold, Map<String, String> predicted) {
    List<String> g = new ArrayList<>();
    List<String> p = new ArrayList<>();
    for (ArticleFeatures f : features) {
      g.add(gold.get(f.id()));
      p.add(predicted.get(f.id()));
    }
    return ClusteringScores.of(g, p).bcubedF1();
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
