package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.store.SqliteStore;

/**
 * A story's brief is rebuilt again no sooner than {@link BriefRefresher#SPACING} times its last
 * build took, on the refresher's own clock (a fake one here, so nothing depends on how fast this
 * machine is); a clean stop builds what is held back all the same.
 */
class BriefSpacingTest {

  @TempDir Path dir;

  @Test
  void aStoryJustRebuiltWaitsTwiceItsBuildTimeThenIsRebuilt() throws Exception {
    AtomicLong now = new AtomicLong();
    AtomicBoolean ticking = new AtomicBoolean(true);
    // while ticking, every reading moves 10 ms on: the first build "takes" 10 ms
    String story;
    java.util.function.LongSupplier clock = () -> ticking.get() ? now.addAndGet(10_000_000) : now.get();
    IncrementalPipeline pipeline = StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 1)
        .attach(SqliteStore.open(dir.resolve("store.db"))).deferBriefs(PipelineListener.SILENT);
    try (pipeline) {
      BriefRefresher refresher = pipeline.refresher().orElseThrow();
      refresher.spacingClock(clock);
      story = pipeline.ingest(List.of(StoreFixtures.bridge(0))).outcomes().get(0).storyId();
      assertThat(refresher.awaitIdle(Duration.ofMinutes(1))).isTrue();
      assertThat(refresher.built()).isEqualTo(1);

      ticking.set(false); // time stands still: the story's turn cannot come
      assertThat(pipeline.ingest(List.of(StoreFixtures.bridge(1))).outcomes().get(0).storyId()).isEqualTo(story);
      Thread.sleep(300);
      assertThat(refresher.pending(story)).as("held back: rebuilt moments ago").isTrue();
      assertThat(refresher.built()).isEqualTo(1);

      now.addAndGet(1_000_000_000L); // a second later, far past twice the first build
      ticking.set(true); // and this build "takes" time too
      assertThat(refresher.awaitIdle(Duration.ofMinutes(1))).isTrue();
      assertThat(refresher.built()).isEqualTo(2);
      assertThat(pipeline.store().brief(story).orElseThrow().json()).contains("bridge-1");

      ticking.set(false);
      pipeline.ingest(List.of(StoreFixtures.bridge(2)));
      Thread.sleep(100);
      assertThat(refresher.pending(story)).isTrue();
    } // close() builds what is held back: a clean stop loses no brief
    try (SqliteStore store = SqliteStore.open(dir.resolve("store.db"))) {
      assertThat(store.brief(story).orElseThrow().json()).contains("bridge-2");
    }
  }
}
