package org.storyfuse.eval.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.cluster.JoinModel;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.eval.ClusteringEvaluation;
import org.storyfuse.eval.ClusteringScores;
import org.storyfuse.eval.LabelledArticles.Labelled;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.story.Level;
import org.storyfuse.text.SentenceSplitter;

/**
 * Cross-validation across topics: the topics of every training set are dealt into {@code k} folds;
 * for each fold a model is trained (weights and thresholds) on the other folds' topics alone, every
 * evaluation set is grouped whole by the product pipeline with that model, and only the held-out
 * fold's articles are scored; the held-out predictions of all folds are pooled (a fold's groups
 * are kept apart from another's) into one B-cubed score per set.
 *
 * <p>Deal 0 deals the topics in name order (topic i to fold i mod k); deal d > 0 shuffles them first
 * with a seed of its own. With ten MultiLing topics, two to a fold, which topics share a fold moves
 * the pooled score by a few points, so one deal's number alone overstates what is known.
 */
public final class ClusterCrossValidation {

  /** A set scored at a level against a gold field. */
  public record Target(String name, List<Labelled> items, Level level, String field) {}

  /** A held-out score and the thresholds the folds chose. */
  public record Result(Target target, ClusteringScores heldOut) {}

  private ClusterCrossValidation() {}

  /** The product pipeline (analysis off) with a given model: what {@code eval clustering} runs. */
  public static StoryPipeline pipeline(JoinModel model) {
    return new StoryPipeline(new StoryPipeline.Stages(null, new NearDuplicateDetector(),
        new StoryClusterer(ClusterParams.DEFAULT.withModel(model),
            model.usesDense() ? AnalysisOptions.embedder() : null),
        new BriefBuilder(new SentenceSplitter(), BriefBuilder.DEFAULT_WORDS, AnalysisOptions.embedder())), 2);
  }

  /** Seed of the shuffled deals (deal d uses DEAL_SEED + d). */
  static final long DEAL_SEED = 20261206L;

  public static List<Result> run(ClusterTraining training, List<Target> targets, int folds, List<JoinModel> modelsOut,
      java.io.PrintStream log) {
    return run(training, targets, folds, 0, modelsOut, log);
  }

  /** Which fold each topic is held out in, for deal {@code deal} (0: name order). */
  static Map<String, Integer> deal(List<String> topics, int folds, int deal) {
    List<String> order = new ArrayList<>(topics);
    if (deal > 0) {
      java.util.Collections.shuffle(order, new java.util.Random(DEAL_SEED + deal));
    }
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      foldOf.put(order.get(i), i % folds);
    }
    return foldOf;
  }

  public static List<Result> run(ClusterTraining training, List<Target> targets, int folds, int deal,
      List<JoinModel> modelsOut, java.io.PrintStream log) {
    Map<String, Integer> foldOf = deal(training.topics(), folds, deal);
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      gold.add(new ArrayList<>());
      predicted.add(new ArrayList<>());
    }
    for (int k = 0; k < folds; k++) {
      int fold = k;
      Predicate<String> train = topic -> foldOf.getOrDefault(topic, -1) != fold;
      JoinModel model = training.train(train, "fold " + k);
      modelsOut.add(model);
      String name = deal == 0 ? "fold " + k : "deal " + deal + " fold " + k;
      log.printf(java.util.Locale.ROOT, "%s: event threshold %.3f, storyline threshold %.3f%n", name,
          model.event().threshold(), model.storyline().threshold());
      log.printf(java.util.Locale.ROOT, "%s: event %s%n%s: storyline %s%n", name, model.event(), name,
          model.storyline());
      StoryPipeline pipeline = pipeline(model);
      for (int t = 0; t < targets.size(); t++) {
        Target target = targets.get(t);
        List<String> p = ClusteringEvaluation.predicted(target.items(), pipeline, target.level());
        for (int i = 0; i < p.size(); i++) {
          Labelled l = target.items().get(i);
          if (foldOf.getOrDefault(l.topic(), -1) == fold) {
            gold.get(t).add(l.label(target.field()));
            predicted.get(t).add(fold + ":" + p.get(i));
          }
        }
      }
    }
    List<Result> out = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      out.add(new Result(targets.get(t), ClusteringScores.of(gold.get(t), predicted.get(t))));
    }
    return out;
  }
}
