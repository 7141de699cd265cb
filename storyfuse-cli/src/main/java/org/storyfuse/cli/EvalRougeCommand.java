package org.storyfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException(data + ": no such file");
    }
    if (words < 1) {
      throw new IllegalArgumentException("--words must be positive, was " + words);
    }
    SummaryReport report = SummaryEvaluation.run(data, words);
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
    return 0;
  }
}
