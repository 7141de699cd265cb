package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * When a later article shows that two stored stories are one, they merge: the older story keeps
 * its id, and the absorbed id keeps answering with the merged story's brief.
 */
class MergedStoryAliasTest {

  @TempDir Path dir;

  private static Article article(String id, String title, String... paragraphs) {
    return new Article(id, id + ".txt", "https://news.example/" + id, "Example News", title, null,
        PublicationDate.stated(LocalDate.of(2031, 5, 6), "test"), "en", List.of(paragraphs));
  }

  static final Article SIREN = article("siren",
      "Dunmore tide gauge alarm",
      "A tide gauge alarm sounded at the Dunmore harbour wall early on Tuesday.",
      "Harbour master Oskar Lind said crews checked the gauge.");

  static final Article LOCKS = article("locks",
      "Tessel canal locks jammed",
      "Barges queued at the Tessel canal locks after gates jammed on Tuesday.",
      "Canal engineer Mira Sobel said divers were inspecting the gates.");

  static final Article BOTH = article("both",
      "Dunmore surge jams Tessel locks, sets off tide gauge alarm",
      "A storm surge set off the tide gauge alarm at the Dunmore harbour wall and jammed the Tessel canal locks on Tuesday.",
      "Harbour master Oskar Lind and canal engineer Mira Sobel said the Dunmore surge and the Tessel canal locks were linked.",
      "Barges queued at the Tessel canal locks while crews checked the Dunmore tide gauge alarm.");

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anAbsorbedStoryIdKeepsAnsweringWithTheMergedBrief(Backend backend) {
    try (StoreDesk desk = StoreDesk.open(TestDatabases.fresh(backend, dir, "store"))) {
      String sirenStory = desk.ingest(List.of(SIREN)).outcomes().get(0).storyId();
      String locksStory = desk.ingest(List.of(LOCKS)).outcomes().get(0).storyId();
      assertThat(locksStory).as("two unrelated reports are two stories").isNotEqualTo(sirenStory);

      String merged = desk.ingest(List.of(BOTH)).outcomes().get(0).storyId();

      assertThat(merged).as("the older story keeps its id").isEqualTo(sirenStory);
      assertThat(desk.article("locks").orElseThrow().storyId()).isEqualTo(sirenStory);
      assertThat(desk.store.resolveStory(locksStory)).hasValue(sirenStory);
      assertThat(desk.store.brief(locksStory)).hasValueSatisfying(b -> assertThat(b.storyId()).isEqualTo(sirenStory));
      assertThat(desk.brief(locksStory).orElseThrow().sources()).hasSize(3);
      assertThat(desk.stories(org.storyfuse.store.StoryQuery.all())).singleElement()
          .satisfies(s -> assertThat(s.id()).isEqualTo(sirenStory));
      assertThat(desk.integrityCheck()).isEqualTo("ok");
    }
  }
}
