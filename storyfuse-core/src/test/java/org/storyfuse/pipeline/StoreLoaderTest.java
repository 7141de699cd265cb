package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.analyze.AnalysisCodec;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.store.StoreException;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;

/**
 * Stories grouped and fused elsewhere, loaded into a store ({@link StoreLoader}), leave it as
 * {@code ingest} of the same articles does: same stories, members and briefs; and the store goes on
 * taking articles through the incremental pipeline.
 */
class StoreLoaderTest {

  @TempDir Path dir;

  private static StoryPipeline pipeline() {
    return StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2);
  }

  /** Story id → its brief, as a store holds them. */
  private static Map<String, Brief> briefs(StoreDesk desk) {
    Map<String, Brief> out = new TreeMap<>();
    for (StorySummary s : desk.stories(new StoryQuery(null, null, 10_000))) {
      out.put(s.id(), desk.brief(s.id()).orElseThrow());
    }
    return out;
  }

  @Test
  void aLoadedStoreHoldsWhatIngestingTheArticlesGives() {
    List<Article> articles = BatchEqualsIncrementalTest.mixedPool(12);
    BatchResult batch = pipeline().run(articles, PipelineListener.SILENT);
    Map<String, Long> seq = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      seq.put(articles.get(i).id(), i + 1L); // the arrival order a store gives them
    }

    Map<String, Brief> loaded;
    try (StoreDesk desk = StoreDesk.open(dir.resolve("loaded.db"))) {
      try (StoreLoader loader = new StoreLoader(desk.store(), Clock.systemUTC())) {
        for (int i = 0; i < batch.stories().size(); i++) {
          Story s = batch.stories().get(i);
          List<StoreLoader.Member> members = new ArrayList<>();
          for (StoryMember m : s.members()) {
            members.add(new StoreLoader.Member(seq.get(m.id()), m.article(), m.copyOf(),
                m.analysis() == null ? null : AnalysisCodec.write(m.analysis())));
          }
          loader.add(new StoreLoader.LoadedStory(s.id(), seq.get(s.members().get(0).id()), members,
              batch.briefs().get(i)));
        }
      }
      loaded = briefs(desk);
      assertThat(desk.integrityCheck()).isEqualTo("ok");

      // the loaded store goes on as any other: a repeat is known, a new report joins its story
      IngestReport again = desk.ingest(List.of(articles.get(0)));
      assertThat(again.outcomes().get(0).status()).isEqualTo(IngestReport.Status.DUPLICATE);
      Article late = new Article("bridge-late", "fixtures/bridge-late.txt", "https://example.org/bridge-late",
          "Harbour Times", "Kestrel Bridge to reopen in June, Velmora mayor says", null,
          org.storyfuse.model.PublicationDate.stated(java.time.LocalDate.of(2031, 3, 9), "test"), "en",
          List.of("The Kestrel Bridge in Velmora will reopen in June after repairs to its cracked piers, "
              + "Mayor Ilse Brandt said on Monday.",
              "Engineers finished their survey of the two cracked piers of the Kestrel Bridge this week."));
      IngestReport more = desk.ingest(List.of(late));
      assertThat(more.outcomes().get(0).status()).isEqualTo(IngestReport.Status.NEW);
      assertThat(more.outcomes().get(0).storyId()).isEqualTo(desk.store().article("bridge-0").orElseThrow().storyId());
    }

    Map<String, Brief> ingested;
    try (StoreDesk desk = StoreDesk.open(dir.resolve("ingested.db"))) {
      desk.ingest(articles);
      ingested = briefs(desk);
    }
    assertThat(loaded).isEqualTo(ingested);
  }

  @Test
  void aStoreThatHoldsArticlesIsNotLoadedInto() {
    try (StoreDesk desk = StoreDesk.open(dir.resolve("full.db"))) {
      desk.ingest(StoreFixtures.chesses(0, 1));
      assertThatThrownBy(() -> new StoreLoader(desk.store(), Clock.systemUTC()))
          .isInstanceOf(StoreException.class).hasMessageContaining("holds 1 articles already");
    }
  }
}
