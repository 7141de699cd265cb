package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.model.Article;
import org.storyfuse.model.Story;

/** Runs the story clusterer over a labelled set and scores it (see {@link ClusteringScores}). */
public final class ClusteringEvaluation {

  private ClusteringEvaluation() {}

  public static ClusteringScores run(Path labelledFile, StoryClusterer clusterer) throws IOException {
    return score(LabelledArticles.flatten(LabelledArticles.readClusters(labelledFile)), clusterer);
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
