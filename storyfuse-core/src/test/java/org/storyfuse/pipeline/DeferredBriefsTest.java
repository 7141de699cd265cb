package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.pipeline.StoreFixtures.bridges;
import static org.storyfuse.pipeline.StoreFixtures.chesses;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.store.Store;
import org.storyfuse.store.Stores;
import org.storyfuse.store.StorySummary;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;

/**
 * Briefs built off the request path ({@link IncrementalPipeline#deferBriefs}) end where briefs
 * built within each batch end: the same stories with byte-identical briefs, however the posts
 * came; meanwhile a story's brief is reported pending, and requests for one story coalesce.
 */
class DeferredBriefsTest {

  @TempDir Path dir;

  private static StoryPipeline pipeline() {
    return StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2);
  }

  private static List<Article> posts() {
    List<Article> out = new ArrayList<>();
    List<Article> b = bridges(0, 5);
    List<Article> c = chesses(0, 3);
    for (int i = 0; i < Math.max(b.size(), c.size()); i++) {
      if (i < b.size()) {
        out.add(b.get(i));
      }
      if (i < c.size()) {
        out.add(c.get(i));
      }
    }
    return out;
  }

  private static Map<String, String> briefs(Store store) {
    Map<String, String> out = new TreeMap<>();
    for (StorySummary s : store.stories(StoryQuery.all())) {
      out.put(s.id(), store.brief(s.id()).orElseThrow().json());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void deferredBriefsEndAsBriefsBuiltWithinEachPostAndCoalesce(Backend backend) throws Exception {
    Map<String, String> expected;
    try (IncrementalPipeline sync = pipeline().attach(Stores.open(TestDatabases.fresh(backend, dir, "sync"), org.storyfuse.store.Contention.DEFAULT))) {
      for (Article a : posts()) {
        sync.ingest(List.of(a));
      }
      expected = briefs(sync.store());
    }
    assertThat(expected).hasSize(2);

    try (IncrementalPipeline deferred = pipeline().attach(Stores.open(TestDatabases.fresh(backend, dir, "deferred"), org.storyfuse.store.Contention.DEFAULT))
        .deferBriefs(PipelineListener.SILENT)) {
      BriefRefresher refresher = deferred.refresher().orElseThrow();
      int posted = 0;
      for (Article a : posts()) {
        IngestReport report = deferred.ingest(List.of(a));
        posted++;
        String story = report.outcomes().get(0).storyId();
        // committed at once: the article is stored and filed before its story's brief exists
        assertThat(deferred.store().article(a.id())).isPresent();
        assertThat(deferred.store().resolveStory(story)).contains(story);
      }
      assertThat(refresher.awaitIdle(Duration.ofMinutes(2))).isTrue();
      assertThat(briefs(deferred.store())).isEqualTo(expected);
      assertThat(refresher.built()).isPositive().isLessThanOrEqualTo(posted);
      expected.keySet().forEach(id -> assertThat(refresher.pending(id)).isFalse());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aStoryChangedWhileItsBriefWaitedIsBuiltOnceFromItsNewestMembers(Backend backend) throws Exception {
    try (IncrementalPipeline deferred = pipeline().attach(Stores.open(TestDatabases.fresh(backend, dir, "burst"), org.storyfuse.store.Contention.DEFAULT))
        .deferBriefs(PipelineListener.SILENT)) {
      BriefRefresher refresher = deferred.refresher().orElseThrow();
      deferred.ingest(bridges(0, 1));
      assertThat(refresher.awaitIdle(Duration.ofMinutes(2))).isTrue();
      long before = refresher.built();
      refresher.pause(true); // the next posts' requests pile up and coalesce
      for (Article a : bridges(1, 5)) {
        deferred.ingest(List.of(a));
      }
      String id = deferred.store().stories(StoryQuery.all()).get(0).id();
      assertThat(refresher.pending(id)).isTrue();
      refresher.pause(false);
      assertThat(refresher.awaitIdle(Duration.ofMinutes(2))).isTrue();
      StorySummary story = deferred.store().stories(StoryQuery.all()).get(0);
      assertThat(story.articles()).isEqualTo(5);
      assertThat(deferred.store().brief(story.id()).orElseThrow().json()).contains("\"sources\"");
      assertThat(refresher.built() - before).isEqualTo(1);
    }
  }
}
