package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

class EntityLinkerTest {

  private static Entity entity(String name, EntityKind kind, int mentions, String article) {
    return new Entity(name, EntityNames.key(name), kind, kind.name(), List.of(), mentions, List.of(), List.of(article));
  }

  private static AnalyzedArticle article(String id, Entity... entities) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Title " + id, null,
        PublicationDate.stated(LocalDate.parse("2026-03-10"), "2026-03-10"), "en", List.of("Body."));
    return new AnalyzedArticle(a, Profile.RAPID, "en", true, List.of(), List.of(), 0, List.of(), List.of(entities),
        List.of(), List.of(), List.of(), List.of());
  }

  private static List<String> names(List<Entity> linked) {
    return linked.stream().map(e -> e.name() + ":" + e.kind()).toList();
  }

  @Test
  void aOneWordNameIsTheTwoWordBodyItOpens() {
    List<Entity> linked = EntityLinker.link(List.of(
        article("a", entity("Kestrel Motors", EntityKind.ORGANIZATION, 3, "a")),
        article("b", entity("Kestrel", EntityKind.PERSON, 1, "b"), entity("Oxfam", EntityKind.ORGANIZATION, 2, "b"),
            entity("Oxfam International", EntityKind.ORGANIZATION, 1, "b"))));
    assertThat(names(linked)).containsExactlyInAnyOrder("Kestrel Motors:ORGANIZATION", "Oxfam International:ORGANIZATION");
  }

  @Test
  void aPlaceAPartOfABodyAndAPersonsNameStayApart() {
    List<Entity> linked = EntityLinker.link(List.of(article("a",
        entity("Iran", EntityKind.LOCATION, 4, "a"), entity("Iran Air", EntityKind.ORGANIZATION, 1, "a"),
        entity("Senate", EntityKind.ORGANIZATION, 2, "a"),
        entity("Senate Armed Services Committee", EntityKind.ORGANIZATION, 1, "a"),
        entity("Marsh", EntityKind.PERSON, 1, "a"), entity("Helena Marsh", EntityKind.PERSON, 2, "a"),
        entity("Marsh Group", EntityKind.ORGANIZATION, 1, "a"))));
    assertThat(names(linked)).contains("Iran:LOCATION", "Iran Air:ORGANIZATION", "Senate:ORGANIZATION",
        "Senate Armed Services Committee:ORGANIZATION", "Helena Marsh:PERSON", "Marsh Group:ORGANIZATION")
        .doesNotContain("Marsh:PERSON");
  }
}
