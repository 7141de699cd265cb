package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.pipeline.StoreFixtures.bridge;
import static org.storyfuse.pipeline.StoreFixtures.chess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;

/** A file read again after it changed replaces its earlier version; what another source holds stays. */
class ReplacementTest {

  @TempDir Path dir;

  private StoreDesk open(Backend backend) {
    return StoreDesk.open(TestDatabases.fresh(backend, dir, "replace"));
  }

  private Arrival file(String name, Article a) {
    return Arrival.fromFile(a, dir.resolve("inbox").resolve(name));
  }

  /** The article with one more paragraph and its own id, as the extractor gives an edited file. */
  private static Article edited(Article a, String idSuffix) {
    List<String> text = new ArrayList<>(a.paragraphs());
    text.add("Update: the transport office said the survey would be published on Friday.");
    return new Article(a.id() + idSuffix, a.origin(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
        a.language(), text);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFileThatChangesReplacesItsEarlierVersionInsteadOfAddingASource(Backend backend) {
    try (StoreDesk desk = open(backend)) {
      desk.ingestArrivals(List.of(file("a.txt", bridge(0)), file("b.txt", bridge(1)), file("c.txt", bridge(2))));
      String story = desk.article("bridge-0").orElseThrow().storyId();

      IngestReport report = desk.ingestArrivals(List.of(file("a.txt", edited(bridge(0), "-v2"))));

      assertThat(report.added()).isEqualTo(1);
      assertThat(report.replaced()).containsExactly("bridge-0");
      assertThat(report.changedStories()).containsExactly(desk.article("bridge-0-v2").orElseThrow().storyId());
      assertThat(desk.article("bridge-0")).isEmpty();
      StorySummary only = desk.stories(StoryQuery.all()).stream().filter(s -> s.articles() > 0).findFirst().orElseThrow();
      assertThat(desk.stories(StoryQuery.all())).hasSize(1);
      assertThat(only.articles()).isEqualTo(3);
      assertThat(only.sources()).isEqualTo(3); // not 4: the file counts once
      Brief brief = desk.brief(only.id()).orElseThrow();
      assertThat(brief.sources()).extracting(Brief.Source::articleId)
          .containsExactlyInAnyOrder("bridge-0-v2", "bridge-1", "bridge-2");
      // the founder was replaced: the story has a new id and the old one answers for it
      assertThat(desk.store().resolveStory(story)).hasValue(only.id());
      assertThat(desk.search("survey published Friday", 10)).isNotEmpty();
      assertThat(desk.integrityCheck()).isEqualTo("ok");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void readingAnUnchangedFileAgainWritesNothing(Backend backend) {
    try (StoreDesk desk = open(backend)) {
      desk.ingestArrivals(List.of(file("a.txt", bridge(0)), file("b.txt", bridge(1))));
      long version = desk.store().version();
      String story = desk.article("bridge-0").orElseThrow().storyId();
      int briefVersion = desk.briefVersion(story).orElseThrow();

      IngestReport again = desk.ingestArrivals(List.of(file("a.txt", bridge(0)), file("b.txt", bridge(1))));

      assertThat(again.duplicates()).isEqualTo(2);
      assertThat(again.replaced()).isEmpty();
      assertThat(desk.store().version()).isEqualTo(version);
      assertThat(desk.briefVersion(story)).hasValue(briefVersion);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theSameTextInTwoFilesStaysWhileEitherFileHoldsIt(Backend backend) {
    try (StoreDesk desk = open(backend)) {
      desk.ingestArrivals(List.of(file("a.txt", chess(0)), file("b.txt", chess(1))));
      IngestReport copy = desk.ingestArrivals(List.of(file("copy-of-a.txt", chess(0).withId("other-id"))));
      assertThat(copy.duplicates()).isEqualTo(1);

      IngestReport aChanged = desk.ingestArrivals(List.of(file("a.txt", chess(2))));
      assertThat(aChanged.replaced()).isEmpty(); // copy-of-a.txt still holds chess-0
      assertThat(desk.article("chess-0")).isPresent();

      IngestReport copyChanged = desk.ingestArrivals(List.of(file("copy-of-a.txt", edited(chess(1), "-edit"))));
      assertThat(copyChanged.replaced()).containsExactly("chess-0");
      assertThat(desk.article("chess-0")).isEmpty();
      assertThat(desk.stories(StoryQuery.all())).singleElement().satisfies(s -> assertThat(s.articles()).isEqualTo(3));
      assertThat(desk.integrityCheck()).isEqualTo("ok");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anArticleAlsoPostedIsKeptWhenItsFileChanges(Backend backend) {
    try (StoreDesk desk = open(backend)) {
      desk.ingestArrivals(List.of(file("a.txt", bridge(0)), file("b.txt", bridge(1))));
      desk.ingest(List.of(bridge(0))); // the same article posted (no file)

      IngestReport report = desk.ingestArrivals(List.of(file("a.txt", bridge(2))));

      assertThat(report.replaced()).isEmpty();
      assertThat(desk.article("bridge-0")).isPresent();
      assertThat(desk.stories(StoryQuery.all())).singleElement().satisfies(s -> assertThat(s.articles()).isEqualTo(3));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFileThatLosesARecordLosesThatArticleOnly(Backend backend) {
    try (StoreDesk desk = open(backend)) {
      // one feed file with three items, then the same file with one item gone and one edited
      desk.ingestArrivals(List.of(file("feed.xml", bridge(0)), file("feed.xml", bridge(1)), file("feed.xml", chess(0))));
      String chessStory = desk.article("chess-0").orElseThrow().storyId();

      IngestReport report = desk.ingestArrivals(List.of(file("feed.xml", bridge(0)), file("feed.xml", edited(bridge(1), "-v2"))));

      assertThat(report.replaced()).containsExactly("bridge-1", "chess-0");
      assertThat(report.duplicates()).isEqualTo(1);
      assertThat(desk.article("bridge-0")).isPresent();
      // the chess story lost its only article: it is gone, and its id names nothing
      assertThat(desk.store().resolveStory(chessStory)).isEmpty();
      assertThat(desk.brief(chessStory)).isEmpty();
      assertThat(desk.stories(StoryQuery.all())).singleElement().satisfies(s -> assertThat(s.articles()).isEqualTo(2));
      assertThat(desk.integrityCheck()).isEqualTo("ok");
    }
  }
}
