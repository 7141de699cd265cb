package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Entity;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityMention;
import org.storyfuse.analyze.EntityNames;
import org.storyfuse.analyze.Profile;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;

/** The entity list read over every mention of every source: type by use, common words, channels. */
class EntityTableTest {

  /** An article whose sentences carry the NER's mentions, each {@code [text, KIND]} found in the sentence. */
  private static AnalyzedArticle article(String id, List<String> sentences, String[][] tagged) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Title " + id, null,
        PublicationDate.stated(LocalDate.parse("2026-03-10"), "2026-03-10"), "en", sentences);
    List<Sentence> split = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      split.add(new Sentence(id, i, i, sentences.get(i)));
    }
    List<EntityMention> mentions = new ArrayList<>();
    Map<String, List<EntityMention>> byKey = new LinkedHashMap<>();
    int from = 0;
    for (String[] t : tagged) {
      for (int i = from; i < sentences.size(); i++) {
        int at = sentences.get(i).indexOf(t[0]);
        if (at >= 0) {
          EntityKind kind = EntityKind.valueOf(t[1]);
          EntityMention m = new EntityMention(t[0], kind, kind.name(), i, at, at + t[0].length(), t[0],
              EntityNames.key(t[0]), null, null);
          mentions.add(m);
          byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
          from = i;
          break;
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    byKey.forEach((key, ms) -> {
      // the per-article type is the NER's majority, ties to the first
      long places = ms.stream().filter(m -> m.kind() == EntityKind.LOCATION).count();
      EntityKind kind = places * 2 > ms.size() ? EntityKind.LOCATION
          : places * 2 == ms.size() ? ms.get(0).kind() : ms.stream().filter(m -> m.kind() != EntityKind.LOCATION)
              .findFirst().orElseThrow().kind();
      entities.add(new Entity(ms.get(0).name(), key, kind, kind.name(), List.of(), ms.size(), List.of(), List.of(id)));
    });
    return new AnalyzedArticle(a, Profile.RAPID, "en", true, List.of(), split, 0, mentions, entities, List.of(),
        List.of(), List.of(), List.of());
  }

  private static List<Brief.Entity> table(AnalyzedArticle... analyses) {
    List<Article> articles = java.util.Arrays.stream(analyses).map(AnalyzedArticle::article).toList();
    return EntityTable.build(List.of(analyses), BriefBuilder.SourceTable.of(articles, Map.of()));
  }

  private static String typeOf(List<Brief.Entity> table, String name) {
    return table.stream().filter(e -> e.name().equals(name)).map(Brief.Entity::type).findFirst().orElse("absent");
  }

  @Test
  void aNameTheNerCallsPlaceAndBodyIsTypedByHowTheSourcesUseIt() {
    AnalyzedArticle a = article("a", List.of(
        "Citadel spokesman Ivo Marn condemned the bill.",
        "Tarsk and Velm say the troops could be preparing an attack."),
        new String[][] {{"Citadel", "ORGANIZATION"}, {"Tarsk", "LOCATION"}, {"Velm", "ORGANIZATION"}});
    AnalyzedArticle b = article("b", List.of(
        "The pressure suggested the Citadel is keeping up its demands.",
        "Valmora could act if the north provokes the Citadel.",
        "Velm's membership in the alliance was discussed.",
        "Talks were held in Tarsk on Monday."),
        new String[][] {{"Citadel", "LOCATION"}, {"Valmora", "LOCATION"}, {"Citadel", "LOCATION"},
            {"Velm", "LOCATION"}, {"Tarsk", "LOCATION"}});
    List<Brief.Entity> t = table(a, b);
    // "the Citadel" in most mentions: a body, though the NER says place twice out of three
    assertThat(typeOf(t, "Citadel")).isEqualTo("ORGANIZATION");
    // a place that speaks ("Tarsk and Velm say") is a place used for its government
    assertThat(typeOf(t, "Velm")).isEqualTo("LOCATION");
    assertThat(typeOf(t, "Tarsk")).isEqualTo("LOCATION");
  }

  @Test
  void anAcronymOrAMultiWordNameIsNotTurnedIntoABodyByTheArticle() {
    AnalyzedArticle a = article("a", List.of("The Northern Federation sent troops.", "The Northern Federation agreed."),
        new String[][] {{"Northern Federation", "LOCATION"}, {"Northern Federation", "ORGANIZATION"}});
    assertThat(typeOf(table(a), "Northern Federation")).isEqualTo("LOCATION");
  }

  @Test
  void aOneWordNameTheStoryAlsoWritesAsAnOrdinaryWordIsNotListed() {
    AnalyzedArticle a = article("a", List.of(
        "Talks with the West had stalled, Ivo Marn said.",
        "Officials in western capitals and state television gave no details.",
        "The NATO allies met in Tarsk."),
        new String[][] {{"West", "LOCATION"}, {"NATO", "ORGANIZATION"}, {"Tarsk", "LOCATION"}});
    List<Brief.Entity> t = table(a);
    assertThat(typeOf(t, "West")).isEqualTo("absent"); // "western"
    assertThat(typeOf(t, "NATO")).isEqualTo("ORGANIZATION");
    assertThat(typeOf(t, "Tarsk")).isEqualTo("LOCATION");
    assertThat(EntityTable.isCommonWord("State", java.util.Set.of("statement"))).isTrue();
    assertThat(EntityTable.isCommonWord("US", java.util.Set.of("us"))).isFalse();
    assertThat(EntityTable.isCommonWord("Velm", java.util.Set.of("western"))).isFalse();
  }

  @Test
  void aBodyNamedOnlyAsWhereSomeoneSaidSomethingIsAChannelNotAnActor() {
    AnalyzedArticle a = article("a", List.of(
        "The mission said on Chirper that it would respond.",
        "Ivo Marn wrote on Chirper that talks were over.",
        "Sanctions on Gazcorp were announced."),
        new String[][] {{"Chirper", "ORGANIZATION"}, {"Chirper", "ORGANIZATION"}, {"Gazcorp", "ORGANIZATION"}});
    List<Brief.Entity> t = table(a);
    assertThat(typeOf(t, "Chirper")).isEqualTo("absent");
    assertThat(typeOf(t, "Gazcorp")).isEqualTo("ORGANIZATION");
  }
}
