package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.Profile;
import org.storyfuse.analyze.Quote;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

/** Made-up reports of a mayor's remarks on a dam: one person's words of one day are one timeline entry. */
class TimelineSameSpeakerTest {

  private static final String WEDNESDAY = "2026-05-06";

  /** A quote the analysis found: sentence, who (null: unnamed), as written, cue. */
  private record Said(int sentence, String speaker, String speakerText, String cue) {}

  /** One article; every sentence that names Wednesday is dated Wednesday. */
  private static AnalyzedArticle analysed(String id, List<String> body, List<Said> said) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Dam", null,
        PublicationDate.stated(LocalDate.parse(WEDNESDAY), WEDNESDAY), "en", List.of(String.join(" ", body)));
    List<Sentence> sentences = new SentenceSplitter().split(a);
    List<TimeMention> times = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      int at = sentences.get(i).text().indexOf("Wednesday");
      if (at >= 0) {
        times.add(new TimeMention("Wednesday", "DATE", WEDNESDAY, WEDNESDAY, "day", i, at, at + 9));
      }
    }
    List<Quote> quotes = said.stream().map(s -> new Quote(Quote.Kind.REPORTED, "words", s.speaker(),
        s.speaker() == null ? null : s.speaker().toLowerCase(), s.speaker() == null ? null : EntityKind.PERSON, null,
        s.speakerText(), s.cue(), s.sentence(), s.sentence(), 0)).toList();
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), sentences, 0, List.of(), List.of(),
        quotes, times, List.of(), List.of());
  }

  /** The timeline with no two sentences aligned: only the same-speaker rule can merge entries. */
  private static List<Brief.TimelineEvent> timeline(AnalyzedArticle... analyses) {
    return TimelineSameEventTest.timeline((x, y) -> false, analyses);
  }

  private final AnalyzedArticle named = analysed("a", List.of(
      "Mayor Ida Svensk was quoted by the Valley Post as saying on Wednesday that the gates would stay shut "
          + "and she saw no point in meeting the farmers again soon."),
      List.of(new Said(0, "Ida Svensk", "Mayor Ida Svensk", "quoted")));
  /** The lead keeps the speaker unnamed; the next sentence names her. */
  private final AnalyzedArticle unnamedLead = analysed("b", List.of(
      "The town will hold no new round of dam talks before autumn, a senior official said Wednesday.",
      "Ida Svensk said there was nothing left to discuss with the growers."),
      List.of(new Said(0, null, "a senior official", "said"), new Said(1, "Ida Svensk", "Ida Svensk", "said")));

  @Test
  void oneSpeakersWordsOfOneDayAreOneEntryEvenWhenTheLeadLeavesHerUnnamed() {
    List<Brief.TimelineEvent> events = timeline(named, unnamedLead);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.sources()).hasSize(1);
      assertThat(e.otherWordings()).hasSize(1);
    });
  }

  @Test
  void anotherSpeakerOfThatDayIsAnotherEntry() {
    AnalyzedArticle other = analysed("c", List.of(
        "The growers' leader Piotr Lind told reporters on Wednesday that the farms would block the valley roads."),
        List.of(new Said(0, "Piotr Lind", "Piotr Lind", "told")));
    assertThat(timeline(named, other)).hasSize(2);
  }

  @Test
  void anUnnamedSpeakerNamedNowhereAfterIsNobody() {
    AnalyzedArticle unnamed = analysed("d", List.of(
        "The town will hold no new round of dam talks before autumn, a senior official said Wednesday.",
        "The river has been low for weeks."),
        List.of(new Said(0, null, "a senior official", "said")));
    assertThat(timeline(named, unnamed)).hasSize(2);
  }

  @Test
  void aDateOfWhatTheSpeakerTellsOfIsNotTheDayOfTheWords() {
    // the semicolon closes the clause Wednesday belongs to: the meeting's day, not the day she spoke
    AnalyzedArticle meeting = analysed("e", List.of(
        "Ida Svensk met the river board in Tarnow on Wednesday; afterwards she said the gates were sound."),
        List.of(new Said(0, "Ida Svensk", "Ida Svensk", "said")));
    assertThat(timeline(named, meeting)).hasSize(2);
    String told = "Svensk told reporters on Wednesday that the gates were sound.";
    int at = told.indexOf("Wednesday");
    assertThat(DatedStatements.cueBesideDate(told, "told",
        new TimeMention("Wednesday", "DATE", WEDNESDAY, WEDNESDAY, "day", 0, at, at + 9))).isTrue();
    String tremor = "Svensk said of Wednesday's tremor that the gates held.";
    int on = tremor.indexOf("Wednesday");
    assertThat(DatedStatements.cueBesideDate(tremor, "said",
        new TimeMention("Wednesday", "DATE", WEDNESDAY, WEDNESDAY, "day", 0, on, on + 9))).isFalse();
  }
}
