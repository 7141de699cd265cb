package org.storyfuse.eval.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.cluster.JoinModel;
import org.storyfuse.eval.ClusteringEvaluation;
import org.storyfuse.eval.ClusteringScores;
import org.storyfuse.eval.LabelledArticles;
import org.storyfuse.eval.TfIdfAverageLink;
import org.storyfuse.eval.cluster.ClusterCrossValidation;
import org.storyfuse.model.Article;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.story.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description = {
      "Groups a labelled article set with the same pipeline code `storyfuse brief` runs (analysis off: it "
          + "does not change the grouping) and scores it against the gold labels: B-cubed precision/recall/F1 "
          + "and clustering F1, next to a TF-IDF average-link baseline on the same articles.",
      "DATA is JSONL, one object a line: {id, title?, text, date?, cluster} (storyline? and topic? optional), "
          + "or MultiLing's {cluster_id, articles:[{id,text,title?,date?}]}.",
      "--shuffles N also feeds the set to a new store in N shuffled arrival orders, cut into random "
          + "batches (the path of ingest, watch and the server), and scores where it ends."
    })
final class EvalClusteringCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DATA",
      description = "labelled JSONL (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data/multiling2011-en.jsonl")
  Path data;

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "group into storylines (threads that run for weeks) or events (one development each) "
          + "(default: ${DEFAULT-VALUE})")
  String level = "storyline";

  @Option(names = "--gold", paramLabel = "FIELD",
      description = "the gold label to score against: cluster, storyline or topic (default: ${DEFAULT-VALUE})")
  String gold = "cluster";

  @Option(names = "--shuffles", paramLabel = "N",
      description = "also stream the set into a store in N shuffled arrival orders (storyline level) (default: ${DEFAULT-VALUE})")
  int shuffles = 0;

  @Option(names = "--model", paramLabel = "FILE",
      description = "a join model from `eval train-clustering --out` instead of the shipped one")
  Path model;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads = 2;

  @Option(names = "--errors", paramLabel = "N", hidden = true, description = "print up to N predicted groups that mix gold labels or split one")
  int errors = 0;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException(data + ": no such file");
    }
    Level lvl = switch (level.toLowerCase(Locale.ROOT)) {
      case "event", "events" -> Level.EVENT;
      case "storyline", "storylines" -> Level.STORYLINE;
      default -> throw new IllegalArgumentException("--level is event or storyline, not " + level);
    };
    StoryPipeline pipeline = model == null ? AnalysisOptions.withoutAnalysis(threads)
        : ClusterCrossValidation.pipeline(JoinModel.read(Files.readString(model, StandardCharsets.UTF_8)));
    List<LabelledArticles.Labelled> items = LabelledArticles.readForPipeline(data);
    List<String> goldLabels = ClusteringEvaluation.gold(items, gold);

    long start = System.nanoTime();
    List<String> predicted = ClusteringEvaluation.predicted(items, pipeline, lvl);
    double seconds = (System.nanoTime() - start) / 1e9;
    ClusteringScores s = ClusteringScores.of(goldLabels, predicted);

    long b0 = System.nanoTime();
    List<Article> articles = items.stream().map(LabelledArticles.Labelled::article).toList();
    ClusteringScores base = ClusteringScores.of(goldLabels, TfIdfAverageLink.cluster(articles, TfIdfAverageLink.THRESHOLD));
    double baseSeconds = (System.nanoTime() - b0) / 1e9;

    System.out.printf(Locale.ROOT, "%s: %d articles, %d gold groups (%s), level %s%n", data, s.items(), s.goldClusters(),
        gold, lvl.name().toLowerCase(Locale.ROOT));
    Table table = new Table("method", "groups", "B-cubed P", "B-cubed R", "B-cubed F1", "clustering F1", "seconds");
    table.row("storyfuse (" + lvl.name().toLowerCase(Locale.ROOT) + "s" + (model == null ? "" : ", " + model.getFileName()) + ")",
        s.predictedClusters(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.clusteringF1(), seconds);
    table.row("baseline: TF-IDF average link " + TfIdfAverageLink.THRESHOLD, base.predictedClusters(),
        base.bcubedPrecision(), base.bcubedRecall(), base.bcubedF1(), base.clusteringF1(), baseSeconds);
    System.out.print(table);

    if (shuffles > 0) {
      Path dir = Files.createTempDirectory("storyfuse-stream");
      try {
        List<double[]> whole = ClusteringEvaluation.stream(items, pipeline, gold, shuffles, dir, false);
        List<double[]> fast = ClusteringEvaluation.stream(items, pipeline, gold, shuffles, dir, true);
        ClusteringScores batch = lvl == Level.STORYLINE ? s
            : ClusteringScores.of(goldLabels, ClusteringEvaluation.predicted(items, pipeline, Level.STORYLINE));
        Table st = new Table("stream (store, storylines; " + shuffles + " shuffled orders, random batches)",
            "B-cubed F1 mean", "min", "mean − batch", "agreement with batch, mean", "min");
        st.row("batch run", batch.bcubedF1(), batch.bcubedF1(), 0.0, 1.0, 1.0);
        streamRow(st, "each batch regroups the store (ingest, watch)", whole, 0, batch);
        streamRow(st, "serve's fast path, before the store is regrouped", fast, 2, batch);
        streamRow(st, "serve's fast path, once regrouped", fast, 0, batch);
        System.out.print(st);
      } finally {
        try (var files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(dir);
      }
    }
    if (errors > 0) {
      printErrors(items, goldLabels, predicted);
    }
    return 0;
  }

  /** One stream row: columns {@code at} (against gold) and {@code at + 1} (against the batch grouping) of the runs. */
  private static void streamRow(Table table, String path, List<double[]> runs, int at, ClusteringScores batch) {
    double mean = runs.stream().mapToDouble(r -> r[at]).average().orElse(0);
    table.row(path, mean, runs.stream().mapToDouble(r -> r[at]).min().orElse(0), mean - batch.bcubedF1(),
        runs.stream().mapToDouble(r -> r[at + 1]).average().orElse(0),
        runs.stream().mapToDouble(r -> r[at + 1]).min().orElse(0));
  }

  /** For tuning: predicted groups holding several gold labels, and gold labels split over groups. */
  private void printErrors(List<LabelledArticles.Labelled> items, List<String> goldLabels, List<String> predicted) {
    Map<String, List<Integer>> byPred = new TreeMap<>();
    Map<String, List<Integer>> byGold = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      byPred.computeIfAbsent(predicted.get(i), k -> new ArrayList<>()).add(i);
      byGold.computeIfAbsent(goldLabels.get(i), k -> new ArrayList<>()).add(i);
    }
    int shown = 0;
    for (Map.Entry<String, List<Integer>> e : byGold.entrySet()) {
      Map<String, Integer> parts = new HashMap<>();
      e.getValue().forEach(i -> parts.merge(predicted.get(i), 1, Integer::sum));
      if (parts.size() > 1 && shown++ < errors) {
        System.out.println("SPLIT gold " + e.getKey() + ": " + parts.values());
        for (int i : e.getValue()) {
          Article a = items.get(i).article();
          System.out.println("   " + predicted.get(i) + " " + (a.published() == null ? "-" : a.published().date()) + " "
              + (a.title() == null ? a.text().substring(0, Math.min(80, a.text().length())) : a.title()));
        }
      }
    }
    shown = 0;
    for (Map.Entry<String, List<Integer>> e : byPred.entrySet()) {
      Map<String, Integer> parts = new HashMap<>();
      e.getValue().forEach(i -> parts.merge(goldLabels.get(i), 1, Integer::sum));
      if (parts.size() > 1 && shown++ < errors) {
        System.out.println("MIXED " + e.getKey() + ": " + parts);
      }
    }
  }
}
