package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.model.Article;
import org.storyfuse.pipeline.ContentKey;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;

/**
 * Scores the product's story grouping on a labelled set (see {@link ClusteringScores}): the
 * articles go through {@link StoryPipeline#stories}, the very code {@code storyfuse brief} runs
 * (repeated articles dropped, syndicated copies found, stories clustered), so the number is the
 * product's number.
 */
public final class ClusteringEvaluation {

  private ClusteringEvaluation() {}

  /** Reads the set ({@link LabelledArticles#readForPipeline}) and scores the pipeline's stories on it. */
  public static ClusteringScores run(Path labelledFile, StoryPipeline pipeline) throws IOException {
    return score(LabelledArticles.readForPipeline(labelledFile), pipeline);
  }

  public static ClusteringScores score(List<LabelledArticles.Labelled> items, StoryPipeline pipeline) {
    List<Article> articles = items.stream().map(LabelledArticles.Labelled::article).toList();
    Map<String, String> storyOf = new HashMap<>();
    Map<ContentKey, String> storyOfContent = new HashMap<>();
    for (Story s : pipeline.stories(articles, PipelineListener.SILENT)) {
      for (StoryMember m : s.members()) {
        storyOf.put(m.id(), s.id());
        storyOfContent.put(ContentKey.of(m.article()), s.id());
      }
    }
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (LabelledArticles.Labelled l : items) {
      gold.add(l.cluster());
      // an article the pipeline dropped as a repeat is in the story of the copy it kept
      String story = storyOf.get(l.article().id());
      predicted.add(story != null ? story : storyOfContent.get(ContentKey.of(l.article())));
    }
    return ClusteringScores.of(gold, predicted);
  }
}
