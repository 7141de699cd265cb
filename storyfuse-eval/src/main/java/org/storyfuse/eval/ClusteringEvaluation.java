package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.cluster.FeatureExtractor;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.cluster.TextEmbedder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Story;

/** Runs the story clusterer over a labelled set and scores it (see {@link ClusteringScores}). */
public final class ClusteringEvaluation {

  private ClusteringEvaluation() {}

  public static ClusteringScores run(Path labelledFile, StoryClusterer clusterer) throws IOException {
    return score(LabelledArticles.flatten(LabelledArticles.readClusters(labelledFile)), clusterer);
  }

  /**
   * Everything the clustering issue asks to measure on one labelled set, for one feature setup.
   *
   * @param batch        the batch clusterer's scores at the given parameters
   * @param tuning       grid search and cross-validated (held-out) scores of the thresholds
   * @param streamOrders shuffled arrival orders, each ending with a consolidation
   * @param rawOrders    the same orders without the final consolidation (what a stream shows mid-way)
   */
  public record Detailed(ClusteringScores batch, ThresholdTuning.Result tuning, OrderSensitivity streamOrders,
      OrderSensitivity rawOrders) {}

  /**
   * @param embedder the dense part, or null for terms, entities and time only
   * @param shuffles how many shuffled orders to stream (seeded, so reproducible)
   */
  public static Detailed detailed(Path labelledFile, TextEmbedder embedder, ClusterParams params, int shuffles,
      long seed) throws IOException {
    List<LabelledArticles.Labelled> items = LabelledArticles.flatten(LabelledArticles.readClusters(labelledFile));
    FeatureExtractor extractor = new FeatureExtractor(embedder);
    List<LabelledArticles.Labelled> ordered = new ArrayList<>(items);
    ordered.sort((a, b) -> StoryClusterer.ARTICLE_ORDER.compare(a.article(), b.article()));
    List<ArticleFeatures> features = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    for (LabelledArticles.Labelled l : ordered) {
      features.add(extractor.extract(l.article()));
      gold.put(l.article().id(), l.cluster());
    }
    List<String> g = features.stream().map(f -> gold.get(f.id())).toList();
    ClusteringScores batch = ClusteringScores.of(g, StreamRun.labels(features, params, true, true));
    return new Detailed(batch, ThresholdTuning.run(features, gold, params, 5),
        OrderSensitivity.measure(features, gold, params, shuffles, seed, true),
        OrderSensitivity.measure(features, gold, params, shuffles, seed, false));
  }

  public static ClusteringScores score(List<LabelledArticles.Labelled> items, StoryClusterer clusterer) {
    List<Article> articles = items.stream().map(LabelledArticles.Labelled::article).toList();
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : clusterer.cluster(articles)) {
      s.articleIds().forEach(id -> storyOf.put(id, s.id()));
    }
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (LabelledArticles.Labelled l : items) {
      gold.add(l.cluster());
      predicted.add(storyOf.get(l.article().id()));
    }
    return ClusteringScores.of(gold, predicted);
  }
}
