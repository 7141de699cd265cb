package org.storyfuse.eval.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.text.SentenceSplitter;
import org.storyfuse.text.TermVector;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/**
 * LexRank (Erkan and Radev 2004), thresholded version: sentences are nodes, an edge joins two
 * whose TF-IDF cosine exceeds {@value #THRESHOLD} (self-links included, as in the paper's
 * algorithm, so no node is dangling), each row normalised by degree; scores are the stationary
 * distribution of a random walk that follows an edge with probability {@value #DAMPING}, found
 * by power iteration from the uniform vector. IDF is fitted on the cluster's sentences (the paper
 * used a background corpus; none ships here). Top sentences go through {@link GreedySelection}.
 */
public final class LexRankSummarizer implements Summarizer {

  static final double THRESHOLD = 0.1;
  static final double DAMPING = 0.85;
  private static final double EPSILON = 1e-9;
  private static final int MAX_ITERATIONS = 1_000;

  private final SentenceSplitter splitter;

  public LexRankSummarizer(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public String name() {
    return "LexRank";
  }

  @Override
  public List<String> summarize(List<Article> cluster, int words) {
    List<String> texts = SentencePool.of(cluster, splitter).stream().map(SentencePool.Candidate::text).toList();
    List<List<String>> terms = texts.stream().map(Terms::of).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    List<TermVector> vectors = terms.stream().map(tfidf::vector).toList();
    double[] scores = scores(vectors);
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      ranked.add(i);
    }
    // ties keep the earlier sentence: deterministic and lead-friendly
    ranked.sort((a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    return GreedySelection.select(ranked, texts, vectors, words);
  }

  /** LexRank score of each sentence; they sum to 1. */
  static double[] scores(List<TermVector> vectors) {
    int n = vectors.size();
    List<int[]> neighbours = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Integer> row = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (i == j || vectors.get(i).cosine(vectors.get(j)) > THRESHOLD) {
          row.add(j);
        }
      }
      neighbours.add(row.stream().mapToInt(Integer::intValue).toArray());
    }
    double[] p = new double[n];
    java.util.Arrays.fill(p, 1.0 / n);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = new double[n];
      java.util.Arrays.fill(next, (1 - DAMPING) / n);
      for (int i = 0; i < n; i++) {
        int[] row = neighbours.get(i);
        double share = DAMPING * p[i] / row.length;
        for (int j : row) {
          next[j] += share;
        }
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        change += Math.abs(next[i] - p[i]);
      }
      p = next;
      if (change < EPSILON) {
        break;
      }
    }
    return p;
  }
}
