package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.model.Article;
import org.storyfuse.pipeline.IncrementalPipeline;

/** Briefs served from memory only while the store's brief is the same build. */
class BriefCacheTest {

  private static final ArticleIntake INTAKE = new ArticleIntake(new Extractor());

  private static List<Article> report(int n) {
    return INTAKE.read("application/json", WebFixtures.floodsJson(n).getBytes(StandardCharsets.UTF_8)).articles();
  }

  @Test
  void aCurrentBriefIsServedFromMemoryAndARebuiltOneIsReadAgain() {
    try (IncrementalPipeline pipeline = TestStores.withoutAnalysis()) {
      String story = pipeline.ingest(report(1)).outcomes().get(0).storyId();
      BriefCache cache = new BriefCache(pipeline.store(), 8, 1L << 24);

      BriefCache.Entry first = cache.brief(story).orElseThrow();
      assertThat(new String(first.json, StandardCharsets.UTF_8)).isEqualTo(pipeline.store().brief(story).orElseThrow().json());
      assertThat(cache.brief(story).orElseThrow()).as("the same build: the same bytes, not read again").isSameAs(first);
      assertThat(new String(first.pending(), StandardCharsets.UTF_8)).startsWith("{\"brief_pending\":true,");

      assertThat(pipeline.ingest(report(2)).outcomes().get(0).storyId()).isEqualTo(story);
      BriefCache.Entry second = cache.brief(story).orElseThrow();
      assertThat(second).isNotSameAs(first);
      assertThat(second.stamp.version()).isGreaterThan(first.stamp.version());
      assertThat(new String(second.json, StandardCharsets.UTF_8)).isEqualTo(pipeline.store().brief(story).orElseThrow().json());
      assertThat(cache.size()).isEqualTo(1);

      assertThat(cache.brief("s-no-such-story")).isEmpty();
    }
  }

  @Test
  void theCacheKeepsWithinItsBoundsAndStillServesWhatItCannotKeep() {
    try (IncrementalPipeline pipeline = TestStores.withoutAnalysis()) {
      String story = pipeline.ingest(report(1)).outcomes().get(0).storyId();
      String other = pipeline.ingest(INTAKE.read("text/plain",
          WebFixtures.electionText().getBytes(StandardCharsets.UTF_8)).articles()).outcomes().get(0).storyId();
      assertThat(other).isNotEqualTo(story);

      BriefCache tiny = new BriefCache(pipeline.store(), 8, 16);
      assertThat(tiny.brief(story)).isPresent();
      assertThat(tiny.size()).as("larger than the whole cache: served, not kept").isZero();

      BriefCache one = new BriefCache(pipeline.store(), 1, 1L << 24);
      one.brief(story);
      one.brief(other);
      assertThat(one.size()).isEqualTo(1);
      assertThat(one.brief(other).orElseThrow()).isSameAs(one.brief(other).orElseThrow());
    }
  }
}
