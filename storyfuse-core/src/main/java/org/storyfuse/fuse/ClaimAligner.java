package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.text.Vectors;
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
 * best in its source), or when it reaches {@value #STRONG} (a source may say it twice), or when it
 * reaches {@value #SAME_OCCASION} and both name the same rare entity and the same resolved day
 * ("met in Geneva on Monday" / "who led the talks in Geneva on Monday, said ...": the second
 * sentence is about something else too, which lowers its score, but it does state the meeting).
 * Only pairs
 * with a TF-IDF cosine of at least {@value #LEXICAL_FLOOR} are scored (found through an inverted
 * index): on the seeds every gold pair has 0.09 or more, and the dense pass over all pairs of a
 * 50-article story would cost ~1M 384-d products. Thresholds: see docs/EVALUATION.md.
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
  static final double LEXICAL_FLOOR = 0.05;
  static final double SAME_OCCASION = 0.40;

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
    int sourceCount = sources.entries().size();
    // best[i][s - 1]: node of independent source s scoring highest with node i (-1: none); flat
    // arrays, not maps: this runs for every scored pair
    int[][] best = new int[n][sourceCount];
    double[][] bestScore = new double[n][sourceCount];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(best[i], -1);
    }
    int[] independent = new int[n];
    int[] sentencesPerSource = new int[sourceCount + 1];
    for (int i = 0; i < n; i++) {
      independent[i] = sources.independentOf(nodes.get(i).source());
      sentencesPerSource[independent[i]]++;
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
      if (sim < LEXICAL_FLOOR) {
        return;
      }
      double score = score(Vectors.dot(embeddings[i], embeddings[j]), sim, facts.get(i), facts.get(j), rare);
      // strictly greater: ties keep the earlier sentence, so the result is deterministic
      int si = independent[i] - 1;
      int sj = independent[j] - 1;
      if (best[i][sj] < 0 || score > bestScore[i][sj]) {
        best[i][sj] = j;
        bestScore[i][sj] = score;
      }
      if (best[j][si] < 0 || score > bestScore[j][si]) {
        best[j][si] = i;
        bestScore[j][si] = score;
      }
    });
    for (int i = 0; i < n; i++) {
      int others = n - sentencesPerSource[independent[i]];
      centrality[i] = others == 0 ? 0 : centrality[i] / others;
    }
    List<Map<Integer, Integer>> support = new ArrayList<>(n);
    List<Map<Integer, Double>> supportScore = new ArrayList<>(n);
    List<Map<Integer, Integer>> bestMaps = new ArrayList<>(n);
    List<Map<Integer, Double>> bestScoreMaps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> s = new TreeMap<>();
      Map<Integer, Double> sc = new TreeMap<>();
      Map<Integer, Integer> b = new TreeMap<>();
      Map<Integer, Double> bs = new TreeMap<>();
      int own = independent[i] - 1;
      for (int src = 0; src < sourceCount; src++) {
        int j = best[i][src];
        if (j < 0) {
          continue;
        }
        double score = bestScore[i][src];
        b.put(src + 1, j);
        bs.put(src + 1, score);
        boolean mutual = best[j][own] == i;
        if (score >= STRONG || (mutual && score >= ALIGN)
            || (score >= SAME_OCCASION && facts.get(i).sameOccasion(facts.get(j), rare))) {
          s.put(src + 1, j);
          sc.put(src + 1, score);
        }
      }
      support.add(s);
      supportScore.add(sc);
      bestMaps.add(b);
      bestScoreMaps.add(bs);
    }
    return new Alignment(support, supportScore, bestMaps, bestScoreMaps, centrality, independent);
  }

  /** Meaning similarity with the shared-facts bonus. */
  static double score(double embeddingCosine, double tfidfCosine, SentenceFacts fa, SentenceFacts fb,
      java.util.function.Predicate<String> rareEntity) {
    return EMBEDDING_WEIGHT * embeddingCosine + (1 - EMBEDDING_WEIGHT) * tfidfCosine
        + (fa == SentenceFacts.NONE || fb == SentenceFacts.NONE ? 0
            : ENTITY_BONUS * Math.min(2, fa.sharedEntities(fb, rareEntity)) + (fa.sharesNumber(fb) ? NUMBER_BONUS : 0));
  }


}
