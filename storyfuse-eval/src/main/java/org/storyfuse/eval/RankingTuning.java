package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.eval.summarizers.StoryfuseSummarizer;
import org.storyfuse.eval.summarizers.WordBudget;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.text.SentenceSplitter;

/**
 * Tunes the summary's {@link BriefBuilder.Ranking} on a multi-document set honestly: every grid
 * point is scored per cluster (ROUGE-2 F1, the measure Lead led on), and the reported number is
 * leave-one-cluster-out: for each cluster, the grid point best on the other clusters is chosen and
 * scored on it. The in-sample best is reported beside it, marked as such.
 */
public final class RankingTuning {

  /** One grid point's mean scores over all clusters (in-sample). */
  public record GridPoint(BriefBuilder.Ranking ranking, RougeScores mean, List<Double> rouge2PerCluster) {}

  /** The grid, and the cross-validated scores with the ranking chosen for each held-out cluster. */
  public record Result(List<GridPoint> grid, RougeScores crossValidated, List<BriefBuilder.Ranking> chosen) {}

  private RankingTuning() {}

  public static Result run(List<LabelledArticles.GoldCluster> clusters, int words, List<BriefBuilder.Ranking> grid) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<LabelledArticles.GoldCluster> scored = clusters.stream().filter(c -> !c.summaries().isEmpty()).toList();
    List<List<List<String>>> references = new ArrayList<>();
    for (LabelledArticles.GoldCluster c : scored) {
      references.add(c.summaries().stream().map(s -> SummaryEvaluation.sentences(s, splitter)).toList());
    }
    List<GridPoint> points = new ArrayList<>();
    List<List<RougeScores>> perPoint = new ArrayList<>();
    for (BriefBuilder.Ranking r : grid) {
      StoryfuseSummarizer system = new StoryfuseSummarizer(splitter, r);
      List<RougeScores> perCluster = new ArrayList<>();
      for (int i = 0; i < scored.size(); i++) {
        List<String> summary = WordBudget.truncate(system.summarize(scored.get(i).articles(), words), words);
        perCluster.add(Rouge.score(summary, references.get(i)));
      }
      perPoint.add(perCluster);
      points.add(new GridPoint(r, RougeScores.mean(perCluster), perCluster.stream().map(s -> s.rouge2().f1()).toList()));
    }
    List<RougeScores> heldOut = new ArrayList<>();
    List<BriefBuilder.Ranking> chosen = new ArrayList<>();
    for (int out = 0; out < scored.size(); out++) {
      int best = 0;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int p = 0; p < points.size(); p++) {
        double sum = 0;
        for (int c = 0; c < scored.size(); c++) {
          sum += c == out ? 0 : points.get(p).rouge2PerCluster().get(c);
        }
        if (sum > bestScore + 1e-12) {
          bestScore = sum;
          best = p;
        }
      }
      chosen.add(grid.get(best));
      heldOut.add(perPoint.get(best).get(out));
    }
    return new Result(points, RougeScores.mean(heldOut), chosen);
  }
}
