package org.storyfuse.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.RougeScores;
import org.storyfuse.eval.SummaryEvaluation;
import org.storyfuse.eval.SummaryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "rouge",
    mixinStandardHelpOptions = true,
    description = {
      "Summarizes every cluster of a multi-document set with Lead, LexRank, Centroid and Storyfuse, "
          + "cuts each summary to the same number of words, and scores ROUGE-1/2/L against the "
          + "reference summaries (F1 and recall, mean over references, then over clusters).",
      "DATA is JSONL, one object a line: {cluster_id, articles:[{id,text,title?,date?}], "
          + "summaries:[...] or summary}."
    })
final class EvalRougeCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DATA",
      description = "multi-document JSONL with reference summaries (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data/multiling2011-en.jsonl")
  Path data;

  @Option(names = "--words", paramLabel = "N",
      description = "length budget: every summary is cut to N words (default: ${DEFAULT-VALUE})")
  int words = SummaryEvaluation.DEFAULT_WORDS;

  @Option(names = "--write", paramLabel = "DIR",
      description = "also write every system's summaries (DIR/<system>/<cluster>.txt, one sentence a line) "
          + "and the references (DIR/reference/<cluster>.<n>.txt) as plain files for an external ROUGE-1.5.5")
  Path write;

  @Option(names = "--tune", description = "instead: score Storyfuse's ranking over a grid of lead weights "
      + "and support bases, with leave-one-cluster-out cross-validation on ROUGE-2 F1")
  boolean tune;

  @Override
  public Integer call() throws Exception {
    if (tune) {
      return tune();
    }
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException(data + ": no such file");
    }
    if (words < 1) {
      throw new IllegalArgumentException("--words must be positive, was " + words);
    }
    SummaryReport report = SummaryEvaluation.run(data, words, write);
    Table table = new Table("system", "R-1 F1", "R-2 F1", "R-L F1", "R-1 R", "R-2 R", "R-L R",
        "words", "clusters", "seconds");
    for (SummaryReport.SystemResult r : report.systems()) {
      RougeScores s = r.scores();
      table.row(r.system(), s.rouge1().f1(), s.rouge2().f1(), s.rougeL().f1(),
          s.rouge1().recall(), s.rouge2().recall(), s.rougeL().recall(),
          String.format(Locale.ROOT, "%.1f", r.meanWords()), r.clusters(), r.seconds());
    }
    System.out.printf("%s: %d clusters with references, summaries cut to %d words%n",
        data, report.clusters(), report.words());
    System.out.print(table);
    if (write != null) {
      System.out.println("summaries and references written under " + write);
    }
    return 0;
  }

  private int tune() throws java.io.IOException {
    java.util.List<org.storyfuse.fuse.BriefBuilder.Ranking> grid = new java.util.ArrayList<>();
    for (double lead : new double[] {0.2, 0.5, 0.7, 0.85, 1.0}) {
      for (double base : new double[] {0.5, 2.0}) {
        grid.add(new org.storyfuse.fuse.BriefBuilder.Ranking(lead, base));
      }
    }
    org.storyfuse.eval.RankingTuning.Result result = org.storyfuse.eval.RankingTuning.run(
        org.storyfuse.eval.LabelledArticles.readClusters(data), words, grid);
    Table table = new Table("lead weight", "support base", "R-1 F1", "R-2 F1", "R-L F1");
    for (org.storyfuse.eval.RankingTuning.GridPoint p : result.grid()) {
      table.row(p.ranking().leadWeight(), p.ranking().supportBase(), p.mean().rouge1().f1(),
          p.mean().rouge2().f1(), p.mean().rougeL().f1());
    }
    System.out.printf("%s: Storyfuse ranking grid, summaries cut to %d words (in-sample means)%n", data, words);
    System.out.print(table);
    RougeScores cv = result.crossValidated();
    System.out.printf(Locale.ROOT, "%nleave-one-cluster-out (choice by R-2 F1 on the other clusters): "
        + "R-1 %.3f  R-2 %.3f  R-L %.3f%nchosen per held-out cluster: %s%n",
        cv.rouge1().f1(), cv.rouge2().f1(), cv.rougeL().f1(),
        result.chosen().stream().map(r -> r.leadWeight() + "/" + r.supportBase()).toList());
    return 0;
  }
}
