package org.storyfuse.pipeline;

import org.storyfuse.store.SearchHit;
import org.storyfuse.store.StorySummary;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.SqliteStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyfuse.pipeline.StoreFixtures.bridge;
import static org.storyfuse.pipeline.StoreFixtures.bridges;
import static org.storyfuse.pipeline.StoreFixtures.chess;
import static org.storyfuse.pipeline.StoreFixtures.chesses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.IngestReport.Status;

class StoreIngestTest {

  @TempDir Path dir;

  private String location;

  /** A new store on {@code backend}; later calls in the same test reopen the same one. */
  private StoreDesk open(Backend backend) {
    if (location == null) {
      location = TestDatabases.fresh(backend, dir, "store");
    }
    return StoreDesk.open(location);
  }

  private static List<Article> concat(List<Article> a, List<Article> b) {
    List<Article> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void groupsABatchIntoStoriesWithBriefs(Backend backend) {
    try (StoreDesk store = open(backend)) {
      IngestReport report = store.ingest(concat(bridges(0, 3), chesses(0, 3)));
      assertThat(report.added()).isEqualTo(6);
      assertThat(report.duplicates()).isZero();
      assertThat(report.changedStories()).hasSize(2);
      List<StorySummary> stories = store.stories(StoryQuery.all());
      assertThat(stories).extracting(StorySummary::articles).containsExactlyInAnyOrder(3, 3);
      StorySummary bridgeStory = stories.stream()
          .filter(s -> s.id().equals(store.article("bridge-0").orElseThrow().storyId())).findFirst().orElseThrow();
      assertThat(bridgeStory.sources()).isEqualTo(3);
      assertThat(bridgeStory.firstPublished()).isEqualTo("2031-03-04");
      assertThat(bridgeStory.lastPublished()).isEqualTo("2031-03-04");
      Brief brief = store.brief(bridgeStory.id()).orElseThrow();
      assertThat(brief.storyId()).isEqualTo(bridgeStory.id());
      assertThat(brief.sources()).extracting(Brief.Source::articleId)
          .containsExactlyInAnyOrder("bridge-0", "bridge-1", "bridge-2");
      assertThat(store.brief("s-nothing")).isEmpty();
      assertThat(store.article("nothing")).isEmpty();
      assertThat(store.integrityCheck()).isEqualTo("ok");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void reIngestingTheSameArticlesIsANoOpEvenFromAnotherPath(Backend backend) {
    try (StoreDesk store = open(backend)) {
      IngestReport first = store.ingest(bridges(0, 3));
      String story = first.outcomes().get(0).storyId();
      int version = store.briefVersion(story).orElseThrow();

      // same content and URL, but another origin and id (the same file reached through another path)
      List<Article> again = bridges(0, 3).stream().map(a -> a.withId("other-" + a.id())).toList();
      IngestReport second = store.ingest(again);

      assertThat(second.added()).isZero();
      assertThat(second.duplicates()).isEqualTo(3);
      assertThat(second.outcomes()).extracting(IngestReport.Outcome::articleId)
          .containsExactly("bridge-0", "bridge-1", "bridge-2");
      assertThat(second.outcomes()).extracting(IngestReport.Outcome::storyId).containsOnly(story);
      assertThat(second.changedStories()).isEmpty();
      assertThat(store.briefVersion(story)).hasValue(version);
      assertThat(store.stories(StoryQuery.all())).singleElement()
          .satisfies(s -> assertThat(s.articles()).isEqualTo(3));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aRepeatWithinOneBatchIsADuplicateOfTheFirst(Backend backend) {
    try (StoreDesk store = open(backend)) {
      IngestReport report = store.ingest(List.of(bridge(0), bridge(0).withId("copy")));
      assertThat(report.outcomes()).extracting(IngestReport.Outcome::status).containsExactly(Status.NEW, Status.DUPLICATE);
      assertThat(report.outcomes().get(1).articleId()).isEqualTo("bridge-0");
      assertThat(report.outcomes().get(1).storyId()).isEqualTo(report.outcomes().get(0).storyId());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anEditedArticleAtTheSamePathIsStoredUnderANewId(Backend backend) {
    try (StoreDesk store = open(backend)) {
      store.ingest(List.of(bridge(0)));
      Article b = bridge(0);
      List<String> edited = new ArrayList<>(b.paragraphs());
      edited.add("Update: the transport office said the survey would be published on Friday.");
      Article updated = new Article(b.id(), b.origin(), b.url(), b.outlet(), b.title(), null, b.published(), "en", edited);

      IngestReport report = store.ingest(List.of(updated));

      assertThat(report.added()).isEqualTo(1);
      String newId = report.outcomes().get(0).articleId();
      assertThat(newId).startsWith("bridge-0-").isNotEqualTo("bridge-0");
      assertThat(store.article(newId).orElseThrow().article().paragraphs()).hasSize(4);
      assertThat(store.article("bridge-0").orElseThrow().article().paragraphs()).hasSize(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void onlyTheStoryThatGainedAnArticleGetsItsBriefRebuilt(Backend backend) {
    Instant t0 = Instant.parse("2031-06-01T10:00:00Z");
    open(backend).close();
    String file = location;
    String bridgeStory;
    String chessStory;
    try (StoreDesk store = StoreDesk.open(file, null, Clock.fixed(t0, ZoneOffset.UTC))) {
      store.ingest(concat(bridges(0, 3), chesses(0, 2)));
      bridgeStory = store.article("bridge-0").orElseThrow().storyId();
      chessStory = store.article("chess-0").orElseThrow().storyId();
      assertThat(store.briefVersion(bridgeStory)).hasValue(1);
      assertThat(store.briefVersion(chessStory)).hasValue(1);
    }
    Instant t1 = t0.plusSeconds(3600);
    // reopened: the clusterer state is replayed from the file
    try (StoreDesk store = StoreDesk.open(file, null, Clock.fixed(t1, ZoneOffset.UTC))) {
      IngestReport report = store.ingest(List.of(chess(2)));

      assertThat(report.outcomes()).singleElement().satisfies(o -> assertThat(o.storyId()).isEqualTo(chessStory));
      assertThat(report.changedStories()).containsExactly(chessStory);
      assertThat(store.briefVersion(chessStory)).hasValue(2);
      assertThat(store.briefVersion(bridgeStory)).hasValue(1);
      assertThat(store.brief(chessStory).orElseThrow().sources()).hasSize(3);
      List<StorySummary> listed = store.stories(StoryQuery.all());
      assertThat(listed).extracting(StorySummary::id).containsExactly(chessStory, bridgeStory);
      assertThat(listed.get(0).updated()).isEqualTo(t1);
      assertThat(listed.get(1).updated()).isEqualTo(t0);
      assertThat(store.stories(new StoryQuery(t1, null, 10))).extracting(StorySummary::id).containsExactly(chessStory);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void storyIdsStayTheSameWhenArticlesArriveInLaterBatches(Backend backend) {
    open(backend).close();
    String file = location;
    String story;
    try (StoreDesk store = StoreDesk.open(file)) {
      story = store.ingest(bridges(0, 2)).outcomes().get(0).storyId();
    }
    for (int n = 2; n < 5; n++) {
      try (StoreDesk store = StoreDesk.open(file)) {
        assertThat(store.ingest(List.of(bridge(n))).outcomes().get(0).storyId()).isEqualTo(story);
      }
    }
    try (StoreDesk store = StoreDesk.open(file)) {
      assertThat(store.stories(StoryQuery.all())).singleElement().satisfies(s -> {
        assertThat(s.id()).isEqualTo(story);
        assertThat(s.articles()).isEqualTo(5);
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void fullTextSearchFindsArticlesAndBriefs(Backend backend) {
    try (StoreDesk store = open(backend)) {
      store.ingest(concat(bridges(0, 3), chesses(0, 3)));
      String chessStory = store.article("chess-0").orElseThrow().storyId();

      List<SearchHit> hits = store.search("Kovalenko endgame", 10);
      // only chess-1 says "endgame"; the chess brief may quote it too
      assertThat(hits).filteredOn(h -> h.kind() == SearchHit.Kind.ARTICLE).singleElement()
          .satisfies(h -> {
            assertThat(h.id()).isEqualTo("chess-1");
            assertThat(h.snippet()).contains("endgame");
          });
      assertThat(hits).extracting(SearchHit::storyId).containsOnly(chessStory);

      List<SearchHit> ferreira = store.search("ferreira", 50);
      assertThat(ferreira).extracting(SearchHit::kind).contains(SearchHit.Kind.ARTICLE, SearchHit.Kind.BRIEF);
      assertThat(ferreira).extracting(SearchHit::storyId).containsOnly(chessStory);
      assertThat(store.search("ferreira", 2)).hasSize(2);
      assertThat(store.search("ferreira", 50)).isEqualTo(ferreira); // deterministic order

      // FTS5 syntax in a query is taken as words, never as an error
      assertThat(store.search("\"Velmora\" AND (", 10)).isNotEmpty().extracting(SearchHit::storyId)
          .containsOnly(store.article("bridge-0").orElseThrow().storyId());
      assertThat(store.search("  ***  ", 10)).isEmpty();
      assertThat(store.search("zeppelin", 10)).isEmpty();
      assertThat(store.stories(new StoryQuery(null, "Velmora ferry", 10))).extracting(StorySummary::id)
          .containsExactly(store.article("bridge-0").orElseThrow().storyId());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aBadStoredBriefDoesNotBreakTheListing(Backend backend) throws Exception {
    try (StoreDesk store = open(backend)) {
      store.ingest(concat(bridges(0, 2), chesses(0, 2)));
      String chessStory = store.article("chess-0").orElseThrow().storyId();
      try (var c = TestDatabases.connect(location);
          var ps = c.prepareStatement("UPDATE briefs SET brief_json = '{not json', headline = NULL WHERE story_id = ?")) {
        ps.setString(1, chessStory);
        ps.executeUpdate();
      }
      assertThat(store.stories(StoryQuery.all())).hasSize(2);
      assertThatThrownBy(() -> store.brief(chessStory)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(chessStory).hasMessageContaining("unreadable");
    }
  }

  @Test
  void aFolderIsNotAStore() throws Exception {
    Files.createDirectories(dir.resolve("folder.db"));
    assertThatThrownBy(() -> SqliteStore.open(dir.resolve("folder.db"))).hasMessageContaining("is a folder");
    assertThatThrownBy(() -> SqliteStore.open(dir.resolve("missing/x.db"))).hasMessageContaining("does not exist");
    Files.writeString(dir.resolve("junk.db"), "this is not a database, just text that is long enough to matter");
    assertThatThrownBy(() -> SqliteStore.open(dir.resolve("junk.db"))).hasMessageStartingWith("cannot open the store");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void readersSeeTheLastCommittedBatchWhileAWriterIsMidBatch(Backend backend) throws Exception {
    try (StoreDesk store = open(backend)) {
      store.ingest(bridges(0, 2));
      java.util.concurrent.CountDownLatch midBatch = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      Thread writer = new Thread(() -> store.ingest(chesses(0, 3), (done, total) -> {
        if (done == 2) {
          midBatch.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }));
      writer.start();
      assertThat(midBatch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      try {
        // a second connection reads without waiting for the writer, and sees none of its batch
        assertThat(store.stories(StoryQuery.all())).singleElement()
            .satisfies(s -> assertThat(s.articles()).isEqualTo(2));
        assertThat(store.article("chess-0")).isEmpty();
        assertThat(store.search("Ferreira", 10)).isEmpty();
      } finally {
        release.countDown();
        writer.join(30_000);
      }
      assertThat(store.stories(StoryQuery.all())).hasSize(2);
      assertThat(store.article("chess-0")).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSyndicatedCopyInALaterBatchJoinsItsOriginalAsACopy(Backend backend) {
    try (StoreDesk store = open(backend)) {
      store.ingest(bridges(0, 3));
      Article original = bridge(1);
      // another outlet runs the wire text under its own URL and headline, with one sentence added
      List<String> text = new ArrayList<>(original.paragraphs());
      text.add("Reporting by North Wire staff.");
      Article copy = new Article("reprint", "fixtures/reprint.txt", "https://reprints.example/kestrel", "Reprint Daily",
          "Bridge in Velmora shut", null, original.published(), "en", text);

      IngestReport report = store.ingest(List.of(copy));

      String story = store.article("bridge-1").orElseThrow().storyId();
      assertThat(report.outcomes()).singleElement().satisfies(o -> {
        assertThat(o.status()).isEqualTo(Status.NEW);
        assertThat(o.storyId()).isEqualTo(story);
      });
      Brief brief = store.brief(story).orElseThrow();
      Brief.Source reprint = brief.sources().stream().filter(s -> s.articleId().equals("reprint")).findFirst().orElseThrow();
      Brief.Source wire = brief.sources().stream().filter(s -> s.articleId().equals("bridge-1")).findFirst().orElseThrow();
      assertThat(reprint.duplicateOf()).isEqualTo(wire.id());
      assertThat(store.stories(StoryQuery.all())).singleElement().satisfies(s -> {
        assertThat(s.articles()).isEqualTo(4);
        assertThat(s.sources()).isEqualTo(3); // a copy is not another source
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void changedStoriesAreReported(Backend backend) {
    try (StoreDesk store = open(backend)) {
      IngestReport r = store.ingest(bridges(0, 2));
      assertThat(r.changedStories()).isEqualTo(Set.of(r.outcomes().get(0).storyId()));
    }
  }
}
