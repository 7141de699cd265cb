package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;

/**
 * The service's background regrouping ({@link IncrementalPipeline#regroupInBackground}): once
 * posts pause, the store comes back by itself to the batch run's stories, without anyone asking.
 */
class BackgroundRegroupingTest {

  @TempDir Path dir;

  @Test
  void afterAPauseTheStoreHoldsTheBatchRunsStoriesWithoutBeingAsked() throws Exception {
    List<Article> pool = BatchEqualsIncrementalTest.mixedPool(12);
    Collections.shuffle(pool, new Random(7));

    Map<String, TreeSet<String>> batch = new TreeMap<>();
    StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2).run(pool, PipelineListener.SILENT)
        .stories().forEach(s -> batch.put(s.id(), new TreeSet<>(s.articleIds())));

    try (StoreDesk desk = StoreDesk.open(dir.resolve("store.db"))) {
      desk.pipeline.regroupInBackground(PipelineListener.SILENT);
      for (int from = 0; from < pool.size(); from += 3) {
        desk.ingest(pool.subList(from, Math.min(pool.size(), from + 3)));
      }
      long deadline = System.nanoTime() + 60_000_000_000L; // a generous bound for a loaded machine
      while (!desk.pipeline.settled() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(desk.pipeline.settled()).as("regrouped in the background after the pause").isTrue();
      Map<String, TreeSet<String>> stored = new TreeMap<>();
      for (StorySummary s : desk.stories(new StoryQuery(null, null, 10_000))) {
        stored.put(s.id(), new TreeSet<>(desk.brief(s.id()).orElseThrow().sources().stream()
            .map(org.storyfuse.model.Brief.Source::articleId).toList()));
      }
      assertThat(stored).isEqualTo(batch);
      assertThat(desk.integrityCheck()).isEqualTo("ok");
    }
  }
}
