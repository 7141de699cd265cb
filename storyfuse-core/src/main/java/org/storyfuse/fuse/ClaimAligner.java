package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.text.SparseSimilarities;
import org.storyfuse.text.TermVector;

/**
 * Claim alignment: which sentences of other sources state the same fact as a given sentence.
 *
 * <p>Two sentences of different independent sources are scored by {@value #EMBEDDING_WEIGHT} × the
 * cosine of their MiniLM embeddings (meaning, not wording: "did not rule out deploying troops in
 * Venezuela and Cuba" / "refused to rule out a Russian military deployment to Cuba and Venezuela")
 * plus (1 − that) × their TF-IDF cosine (within one story every sentence is about the same
 * countries, so MiniLM rates different facts of it 0.6–0.7 alike; shared rare words separate them),
 * plus {@value #ENTITY_BONUS} for each rare entity both name (at most two; rare = named in at most
 * {@value #RARE_ENTITY_SHARE} of the story's sentences, so "Russia" in a Russia story counts for
 * nothing) and {@value #NUMBER_BONUS} for a number both state. A sentence's support in another source is that source's best-scoring
 * sentence when the score reaches {@value #ALIGN} and the match is mutual (each is the other's
 * best in its source), or when it reaches {@value #STRONG} (a source may say it twice). Only pairs
 * sharing at least one content term are scored (they are found through an inverted index), which
 * keeps the dense pass near-linear on real stories. Thresholds: see docs/EVALUATION.md.
 *
 * <p>Also computes each sentence's lexical centrality (mean TF-IDF cosine to the other sources'
 * sentences), which the summary ranks by.
 */
final class ClaimAligner {

  static final double EMBEDDING_WEIGHT = 0.7;
  static final double ALIGN = 0.52;
  static final double STRONG = 0.60;
  static final double ENTITY_BONUS = 0.03;
  static final double NUMBER_BONUS = 0.03;
  static final double RARE_ENTITY_SHARE = 0.15;

  /** The result: per node, supporting source → the node that supports it there; and centrality. */
  /**
   * @param support     per node: supporting independent source → its supporting node
   * @param score       per node: supporting source → alignment score
   * @param best        per node: every other independent source → its best-scoring node, aligned or not
   * @param bestScore   per node: every other independent source → that node's score
   * @param centrality  per node: mean TF-IDF cosine to the other sources' sentences
   * @param independent per node: its independent source number
   */
  record Alignment(List<Map<Integer, Integer>> support, List<Map<Integer, Double>> score,
      List<Map<Integer, Integer>> best, List<Map<Integer, Double>> bestScore, double[] centrality,
      int[] independent) {}

  private ClaimAligner() {}

  static Alignment align(BriefBuilder.SourceTable sources, List<BriefBuilder.SentenceNode> nodes,
      float[][] embeddings, List<SentenceFacts> facts) {
    int n = nodes.size();
    List<Map<Integer, Integer>> best = new ArrayList<>();
    List<Map<Integer, Double>> bestScore = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      best.add(new HashMap<>());
      bestScore.add(new HashMap<>());
    }
    int[] independent = new int[n];
    Map<Integer, Integer> sentencesPerSource = new HashMap<>();
    for (int i = 0; i < n; i++) {
      independent[i] = sources.independentOf(nodes.get(i).source());
      sentencesPerSource.merge(independent[i], 1, Integer::sum);
    }
    Map<String, Integer> entityFrequency = new HashMap<>();
    facts.forEach(f -> f.entities().forEach(e -> entityFrequency.merge(e, 1, Integer::sum)));
    int rareLimit = (int) Math.floor(n * RARE_ENTITY_SHARE);
    java.util.function.Predicate<String> rare = e -> entityFrequency.get(e) <= rareLimit;
    double[] centrality = new double[n];
    List<TermVector> vectors = nodes.stream().map(BriefBuilder.SentenceNode::vector).toList();
    SparseSimilarities.forEachPair(vectors, (i, j, sim) -> {
      if (independent[i] == independent[j]) {
        return;
      }
      centrality[i] += sim;
      centrality[j] += sim;
      double score = score(SentenceEmbeddings.dot(embeddings[i], embeddings[j]), sim, facts.get(i), facts.get(j), rare);
      offer(best, bestScore, i, independent[j], j, score);
      offer(best, bestScore, j, independent[i], i, score);
    });
    for (int i = 0; i < n; i++) {
      int others = n - sentencesPerSource.get(independent[i]);
      centrality[i] = others == 0 ? 0 : centrality[i] / others;
    }
    List<Map<Integer, Integer>> support = new ArrayList<>(n);
    List<Map<Integer, Double>> supportScore = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> s = new TreeMap<>();
      Map<Integer, Double> sc = new TreeMap<>();
      int own = independent[i];
      for (Map.Entry<Integer, Integer> e : best.get(i).entrySet()) {
        int j = e.getValue();
        double score = bestScore.get(i).get(e.getKey());
        boolean mutual = best.get(j).getOrDefault(own, -1) == i;
        if (score >= STRONG || (mutual && score >= ALIGN)) {
          s.put(e.getKey(), j);
          sc.put(e.getKey(), score);
        }
      }
      support.add(s);
      supportScore.add(sc);
    }
    return new Alignment(support, supportScore, best, bestScore, centrality, independent);
  }

  /** Meaning similarity with the shared-facts bonus. */
  static double score(double embeddingCosine, double tfidfCosine, SentenceFacts fa, SentenceFacts fb,
      java.util.function.Predicate<String> rareEntity) {
    return EMBEDDING_WEIGHT * embeddingCosine + (1 - EMBEDDING_WEIGHT) * tfidfCosine
        + ENTITY_BONUS * Math.min(2, fa.sharedEntities(fb, rareEntity))
        + (fa.sharesNumber(fb) ? NUMBER_BONUS : 0);
  }

  private static void offer(List<Map<Integer, Integer>> best, List<Map<Integer, Double>> bestScore,
      int node, int source, int candidate, double score) {
    // strictly greater: ties keep the earlier sentence, so the result is deterministic
    if (score > bestScore.get(node).getOrDefault(source, Double.NEGATIVE_INFINITY)) {
      bestScore.get(node).put(source, score);
      best.get(node).put(source, candidate);
    }
  }
}
