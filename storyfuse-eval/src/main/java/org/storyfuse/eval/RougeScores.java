package org.storyfuse.eval;

import java.util.List;

/** ROUGE-1, ROUGE-2 and ROUGE-L of one summary (or a mean over summaries). */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {

  public static RougeScores mean(List<RougeScores> scores) {
    return new RougeScores(
        RougeScore.mean(scores.stream().map(RougeScores::rouge1).toList()),
        RougeScore.mean(scores.stream().map(RougeScores::rouge2).toList()),
        RougeScore.mean(scores.stream().map(RougeScores::rougeL).toList()));
  }
}
