package org.storyfuse.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyfuse.cli.Table;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.eval.ClusteringEvaluation;
import org.storyfuse.eval.ClusteringScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description = {
      "Groups a labelled article set into stories with the same pipeline code `storyfuse brief` runs "
          + "(analysis off: it does not change the grouping) and scores it: B-cubed precision/recall/F1 "
          + "and clustering F1.",
      "DATA is JSONL, one object a line: {cluster_id, articles:[{id,text,title?,date?}]} "
          + "(MultiLing) or {id, text, title?, date?, cluster}."
    })
final class EvalClusteringCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DATA",
      description = "labelled JSONL (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data/multiling2011-en.jsonl")
  Path data;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads = 2;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException(data + ": no such file");
    }
    long start = System.nanoTime();
    ClusteringScores s = ClusteringEvaluation.run(data, AnalysisOptions.withoutAnalysis(threads));
    double seconds = (System.nanoTime() - start) / 1e9;
    Table table = new Table("metric", "value");
    table.row("data", data.toString());
    table.row("articles", s.items());
    table.row("gold clusters", s.goldClusters());
    table.row("predicted clusters", s.predictedClusters());
    table.row("B-cubed precision", s.bcubedPrecision());
    table.row("B-cubed recall", s.bcubedRecall());
    table.row("B-cubed F1", s.bcubedF1());
    table.row("clustering F1 (Miranda 2018)", s.clusteringF1());
    table.row("seconds", seconds);
    System.out.print(table);
    return 0;
  }
}
