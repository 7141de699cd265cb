package org.storyfuse.eval;

import java.util.List;

/** Recall, precision and F1 (alpha 0.5, ROUGE-1.5.5's default) of one ROUGE measure. */
public record RougeScore(double recall, double precision, double f1) {

  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  /** From matched units and the candidate's and reference's unit counts; 0 where a count is 0. */
  public static RougeScore of(int hits, int candidateCount, int referenceCount) {
    double recall = referenceCount == 0 ? 0 : (double) hits / referenceCount;
    double precision = candidateCount == 0 ? 0 : (double) hits / candidateCount;
    double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    return new RougeScore(recall, precision, f1);
  }

  /** Component-wise mean (F1 is the mean of F1s, not recomputed from the means). */
  public static RougeScore mean(List<RougeScore> scores) {
    if (scores.isEmpty()) {
      return ZERO;
    }
    double r = 0;
    double p = 0;
    double f = 0;
    for (RougeScore s : scores) {
      r += s.recall;
      p += s.precision;
      f += s.f1;
    }
    int n = scores.size();
    return new RougeScore(r / n, p / n, f / n);
  }
}
