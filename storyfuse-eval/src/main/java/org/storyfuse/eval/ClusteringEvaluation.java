package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.Embedding;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.pipeline.ContentKey;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.pipeline.IngestReport;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.store.SqliteStore;
import org.storyfuse.story.Level;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;
import org.storyfuse.text.SentenceSplitter;

/**
 * Scores the product's story grouping on a labelled set (see {@link ClusteringScores}): the
 * articles go through {@link StoryPipeline#stories}, the very code {@code storyfuse brief} runs
 * (repeated articles dropped, syndicated copies found, storylines and events clustered), so the
 * number is the product's number.
 */
public final class ClusteringEvaluation {

  private ClusteringEvaluation() {}

  /** Reads the set ({@link LabelledArticles#readForPipeline}) and scores the pipeline's storylines on it. */
  public static ClusteringScores run(Path labelledFile, StoryPipeline pipeline) throws IOException {
    return score(LabelledArticles.readForPipeline(labelledFile), pipeline);
  }

  public static ClusteringScores score(List<LabelledArticles.Labelled> items, StoryPipeline pipeline) {
    return score(items, pipeline, Level.STORYLINE, "cluster");
  }

  /** The pipeline's groups at {@code level} scored against the gold {@code field} of each item. */
  public static ClusteringScores score(List<LabelledArticles.Labelled> items, StoryPipeline pipeline, Level level,
      String field) {
    return ClusteringScores.of(gold(items, field), predicted(items, pipeline, level));
  }

  public static List<String> gold(List<LabelledArticles.Labelled> items, String field) {
    return items.stream().map(l -> l.label(field)).toList();
  }

  /** The group (story or event id) the pipeline puts each item in, in the items' order. */
  public static List<String> predicted(List<LabelledArticles.Labelled> items, StoryPipeline pipeline, Level level) {
    List<Article> articles = items.stream().map(LabelledArticles.Labelled::article).toList();
    Map<String, String> storyOf = new HashMap<>();
    Map<ContentKey, String> storyOfContent = new HashMap<>();
    for (Story s : pipeline.stories(articles, PipelineListener.SILENT, level)) {
      for (StoryMember m : s.members()) {
        storyOf.put(m.id(), s.id());
        storyOfContent.put(ContentKey.of(m.article()), s.id());
      }
    }
    List<String> predicted = new ArrayList<>();
    for (LabelledArticles.Labelled l : items) {
      // an article the pipeline dropped as a repeat is in the story of the copy it kept
      String story = storyOf.get(l.article().id());
      predicted.add(story != null ? story : storyOfContent.get(ContentKey.of(l.article())));
    }
    return predicted;
  }

  /**
   * The stream: the items in {@code orders} seeded random arrival orders, each cut into random
   * batches (1–20) and ingested batch by batch into a new store through {@link IncrementalPipeline}
   * (the path of {@code ingest}, {@code watch} and the server), scored at the storyline level (the
   * store's stories) against the gold {@code field}.
   *
   * <p>{@code fastPath}: the server's path instead ({@link IncrementalPipeline#regroupOnRequest}):
   * each batch joins its articles to the stored groups, and the store is regrouped whole once, after
   * the last batch (what the server's background regrouping does once posts pause).
   *
   * @return per order: {B-cubed F1 of the stream against gold, B-cubed F1 of the stream against
   *         the batch grouping, the same two before the final regrouping (equal without the fast path)}
   */
  public static List<double[]> stream(List<LabelledArticles.Labelled> items, StoryPipeline pipeline, String field,
      int orders, Path dir, boolean fastPath) throws IOException {
    List<String> gold = gold(items, field);
    List<String> batch = predicted(items, pipeline, Level.STORYLINE);
    // Fusion does not change the grouping: briefs are built without sentence vectors here so that
    // the measurement takes seconds, not the minutes MiniLM would need on every changed story.
    StoryPipeline lexical = new StoryPipeline(new StoryPipeline.Stages(null, pipeline.stages().duplicates(),
        pipeline.stages().clusterer(), new BriefBuilder(new SentenceSplitter(), BriefBuilder.DEFAULT_WORDS,
        NO_VECTORS)), 2);
    List<double[]> out = new ArrayList<>();
    for (int seed = 1; seed <= orders; seed++) {
      Random random = new Random(seed);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      int batches = 1 + random.nextInt(20);
      TreeSet<Integer> cuts = new TreeSet<>();
      while (cuts.size() < Math.min(batches - 1, items.size() - 1)) {
        cuts.add(1 + random.nextInt(items.size() - 1));
      }
      cuts.add(items.size());
      Path db = dir.resolve("stream-" + seed + ".db");
      Map<Integer, String> storyOfItem = new HashMap<>();
      try (IncrementalPipeline store = lexical.attach(SqliteStore.open(db))) {
        if (fastPath) {
          store.regroupOnRequest();
        }
        int from = 0;
        for (int cut : cuts) {
          List<Article> batchArticles = new ArrayList<>();
          for (int i = from; i < cut; i++) {
            batchArticles.add(items.get(order.get(i)).article());
          }
          IngestReport report = store.ingest(batchArticles);
          for (int i = from; i < cut; i++) {
            storyOfItem.put(order.get(i), report.outcomes().get(i - from).articleId());
          }
          from = cut;
        }
        List<String> beforeRegrouping = storedGroups(store, storyOfItem, items.size());
        store.regroupNow(org.storyfuse.pipeline.PipelineListener.SILENT);
        List<String> streamed = storedGroups(store, storyOfItem, items.size());
        out.add(new double[] {ClusteringScores.of(gold, streamed).bcubedF1(),
            ClusteringScores.of(batch, streamed).bcubedF1(), ClusteringScores.of(gold, beforeRegrouping).bcubedF1(),
            ClusteringScores.of(batch, beforeRegrouping).bcubedF1()});
      }
      Files.deleteIfExists(db);
    }
    return out;
  }

  /** The story every item ends in, as the store holds it now (stories merge as batches arrive). */
  private static List<String> storedGroups(IncrementalPipeline store, Map<Integer, String> storyOfItem, int items) {
    Map<String, String> finalStory = new HashMap<>();
    store.store().forEachArticle(row -> finalStory.put(row.article().id(), row.storyId()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      // a repeat is reported under the id of the stored article it repeats
      out.add(finalStory.get(storyOfItem.get(i)));
    }
    return out;
  }

  /** A stand-in embedder for stream measurements: one fixed unit vector for every text. */
  private static final Embedder NO_VECTORS = new Embedder() {
    @Override
    public int dimension() {
      return 8;
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
      float[] v = {1, 0, 0, 0, 0, 0, 0, 0};
      return texts.stream().map(t -> new Embedding(v)).toList();
    }
  };
}
