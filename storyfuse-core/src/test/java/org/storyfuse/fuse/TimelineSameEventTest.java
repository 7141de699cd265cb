package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityMention;
import org.storyfuse.analyze.Profile;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/** Made-up reports of talks over a dam: which entries of one date are one event. */
class TimelineSameEventTest {

  private static final String WEDNESDAY = "2026-05-06";

  /** One article; every sentence names Wednesday; {@code places} per sentence, the places it names. */
  private static AnalyzedArticle analysed(String id, List<String> body, List<List<String>> places) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Dam talks", null,
        PublicationDate.stated(LocalDate.parse(WEDNESDAY), WEDNESDAY), "en", List.of(String.join(" ", body)));
    List<Sentence> sentences = new SentenceSplitter().split(a);
    List<TimeMention> times = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String text = sentences.get(i).text();
      int at = text.indexOf("Wednesday");
      times.add(new TimeMention("Wednesday", "DATE", WEDNESDAY, WEDNESDAY, "day", i, at, at + 9));
      for (String place : places.get(i)) {
        int p = text.indexOf(place);
        mentions.add(new EntityMention(place, EntityKind.LOCATION, "CITY", i, p, p + place.length(), place,
            place.toLowerCase(), null, null));
      }
    }
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), sentences, 0, mentions, List.of(),
        List.of(), times, List.of(), List.of());
  }

  /** The timeline of these articles, sentences of one date the same fact only when {@code sameFact} says so. */
  static List<Brief.TimelineEvent> timeline(
      java.util.function.BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> sameFact,
      AnalyzedArticle... analyses) {
    List<Article> articles = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (AnalyzedArticle a : analyses) {
      articles.add(a.article());
      sentences.addAll(a.sentences());
    }
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(articles, Map.of());
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    Map<String, Map<Integer, BriefBuilder.SentenceNode>> byArticle = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      byArticle.computeIfAbsent(s.articleId(), k -> new HashMap<>()).put(s.index(),
          new BriefBuilder.SentenceNode(s, sources.numberOf(s.articleId()), tfidf.vector(terms.get(i))));
    }
    return TimelineBuilder.build(List.of(analyses), sources, byArticle, sameFact, n -> false).events();
  }

  private final AnalyzedArticle first = analysed("a", List.of(
      "Mayor Ida Svensk will meet the river board on Wednesday in Tarnow to ask that the dam open in May."),
      List.of(List.of("Tarnow")));
  private final AnalyzedArticle second = analysed("b", List.of(
      "Two rounds of talks, in Orsa on Monday and Tarnow on Wednesday, ended without a deal.",
      "On Wednesday, farmers threatened to block every road to the valley if the gates stay shut."),
      List.of(List.of("Orsa", "Tarnow"), List.of()));
  private final AnalyzedArticle third = analysed("c", List.of(
      "Fishermen in Orsa said on Wednesday that the river was lower than ever."),
      List.of(List.of("Orsa")));

  @Test
  void sentencesOfOneDayAtOnePlaceThatNotEverySourceNamesAreOneEntryCitingEachInItsWords() {
    List<Brief.TimelineEvent> events = timeline((x, y) -> false, first, second, third);
    // the Tarnow meeting ([1], [2]) is one entry; the farmers' threat and the Orsa fishermen stay apart
    // ([2]'s sentence names Orsa too, but Monday's: Wednesday's place is Tarnow, written next to it)
    assertThat(events).filteredOn(e -> e.event().contains("Tarnow")).singleElement().satisfies(e -> {
      assertThat(e.sources()).containsExactly(1);
      assertThat(e.otherWordings()).singleElement().satisfies(w -> assertThat(w.sources()).containsExactly(2));
    });
    assertThat(events).filteredOn(e -> e.event().contains("farmers")).singleElement()
        .satisfies(e -> assertThat(e.sources()).containsExactly(2));
    assertThat(events).hasSize(3);
  }

  @Test
  void aPlaceEverySourceNamesSaysNothingAboutWhichEvent() {
    AnalyzedArticle elsewhere = analysed("d", List.of(
        "Engineers from Tarnow inspected the gates on Wednesday and found them sound."),
        List.of(List.of("Tarnow")));
    AnalyzedArticle tarnowOnly = analysed("e", List.of(
        "Tarnow's council voted on Wednesday to ask for a new study of the river."),
        List.of(List.of("Tarnow")));
    // Tarnow is named by every source here: the story's place, not an event's
    assertThat(timeline((x, y) -> false, first, elsewhere, tarnowOnly)).hasSize(3);
  }

  @Test
  void sentencesOfOneDayThatStateTheSameFactAreOneEntry() {
    AnalyzedArticle farmers = analysed("d", List.of(
        "Valley growers warned on Wednesday that they would shut the roads unless the sluices opened."),
        List.of(List.of()));
    assertThat(timeline((x, y) -> false, second, farmers)).hasSize(3);
    // the claim aligner (or one corroborated claim) says they state the same: one entry
    java.util.function.BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> sameFact = (x, y) ->
        x.sentence().text().contains("road") && y.sentence().text().contains("road");
    assertThat(timeline(sameFact, second, farmers)).hasSize(2);
  }

  @Test
  void everySentenceOfAClaimBelongsToIt() {
    ClaimList.Group tarnow = new ClaimList.Group(0, Map.of(2, 5), 0.7);
    ClaimList.Group orsa = new ClaimList.Group(1, Map.of(2, 5, 3, 9), 0.6);
    assertThat(ClaimList.claimsOfNode(List.of(tarnow, orsa)))
        .containsEntry(0, java.util.Set.of(0)).containsEntry(5, java.util.Set.of(0, 1)).containsEntry(9, java.util.Set.of(1));
  }

  @Test
  void aDateInsideACommaSetRelativeClauseIsNotTheSentencesEvent() {
    List<Brief.TimelineEvent> events = timeline((x, y) -> false, analysed("a", List.of(
        "Minister Ada Kern, who toured the dam on Wednesday, said the spillway would be inspected next month.",
        "Engineers opened the spillway of the dam on Wednesday after the river rose.",
        "The dam, which was sealed on Wednesday, holds back the reservoir."), List.of(List.of(), List.of(), List.of())));

    assertThat(events).extracting(Brief.TimelineEvent::event)
        .containsExactly("Engineers opened the spillway of the dam on Wednesday after the river rose.");
  }

}
