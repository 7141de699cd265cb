package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;
import static org.storyfuse.analyze.Analyzers.quoteContaining;
import static org.storyfuse.analyze.Analyzers.time;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.text.SentenceSplitter;

/** Each analysis rule on made-up reports (a flood in the fictional Valmora), FULL profile. */
class AnalyzerRulesTest {

  /** Thursday 13 January 2022, as in the examples. */
  static final String THURSDAY = "2022-01-13";

  static final Article FLOOD = article("flood", THURSDAY,
      "Valmora's Deputy Interior Minister Elena Marsh said on Monday that the northern dams were holding.",
      "“We will not open the spillways before the weekend,” Marsh told reporters in Tarsk.",
      "Harbour authority spokesman Tomas Greer said the port would stay closed. "
          + "“Ships are waiting offshore. We expect the backlog to clear by Friday,” he said.",
      "Prime Minister Ana Ruiz said: “We will rebuild every bridge that the river took.",
      "“No family in the valley will be left without a roof.”",
      "“The water level has peaked at the upper gauges,” the river agency said on Twitter, "
          + "quoting its director Paul Okafor.",
      "“The levee held through the night,” said Ivo Lind, the mayor of Tarsk.",
      "Aid groups have warned of disease in the camps, according to the Red Cross.",
      "On Tuesday engineers repaired the levee. The work took more than seven hours.",
      "Ruiz will visit the flooded villages on Saturday.",
      "Last month, the government approved $500 million for flood defences first planned in 2014.",
      "Tens of thousands of residents remain without power.");

  static AnalyzedArticle flood;

  @BeforeAll
  static void analyse() {
    flood = Analyzers.full().analyze(FLOOD);
  }

  @Test
  void sentenceIndicesAreThoseOfTheSentenceSplitter() {
    assertThat(flood.sentences()).isEqualTo(new SentenceSplitter().split(FLOOD));
    assertThat(flood.analysed()).isTrue();
    assertThat(flood.notes()).isEmpty();
    assertThat(flood.language()).isEqualTo("en");
  }

  @Test
  void personRolesStatedBeforeTheName() {
    assertThat(entity("Elena Marsh").roles()).containsExactly("Deputy Interior Minister");
    assertThat(entity("Tomas Greer").roles()).anyMatch(r -> r.contains("Spokesman")); // one case for every role
    assertThat(entity("Ana Ruiz").roles()).contains("Prime Minister");
  }

  @Test
  void personRoleInAppositionAfterTheName() {
    assertThat(entity("Ivo Lind").roles()).anyMatch(r -> r.toLowerCase().contains("mayor"));
  }

  @Test
  void surnameMentionsLinkToTheFullName() {
    assertThat(flood.mentions()).filteredOn(m -> m.text().equals("Marsh"))
        .allMatch(m -> m.name().equals("Elena Marsh") && m.key().equals("elena marsh"));
    assertThat(flood.entities()).noneMatch(e -> e.name().equals("Marsh") || e.name().equals("Ruiz"));
  }

  @Test
  void reportedSpeechWithThat() {
    Quote q = quoteContaining(flood, "northern dams were holding");
    assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
    assertThat(q.speaker()).isEqualTo("Elena Marsh");
    assertThat(q.speakerRole()).isEqualTo("Deputy Interior Minister");
    assertThat(q.sentence()).isZero();
  }

  @Test
  void quoteThenSurnameToldReporters() {
    Quote q = quoteContaining(flood, "open the spillways");
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.speaker()).isEqualTo("Elena Marsh");
    assertThat(q.speakerText()).isEqualTo("Marsh");
    assertThat(q.cue()).isEqualTo("told");
  }

  @Test
  void quoteSpanningTwoSentencesWithPronounSpeaker() {
    Quote q = quoteContaining(flood, "Ships are waiting offshore");
    assertThat(q.text()).isEqualTo("Ships are waiting offshore. We expect the backlog to clear by Friday");
    assertThat(q.endSentence()).isEqualTo(q.sentence() + 1);
    assertThat(q.speaker()).isEqualTo("Tomas Greer");
    assertThat(q.speakerText()).isEqualTo("he");
  }

  @Test
  void quoteContinuingIntoTheNextParagraph() {
    Quote first = quoteContaining(flood, "rebuild every bridge");
    Quote next = quoteContaining(flood, "No family in the valley");
    assertThat(first.speaker()).isEqualTo("Ana Ruiz");
    assertThat(next.speaker()).isEqualTo("Ana Ruiz");
    assertThat(next.cue()).isEqualTo("continued");
  }

  @Test
  void quotingNamesThePersonNotTheAccount() {
    Quote q = quoteContaining(flood, "water level has peaked");
    assertThat(q.speaker()).isEqualTo("Paul Okafor");
    assertThat(q.cue()).isEqualTo("quoting");
  }

  @Test
  void invertedSaidName() {
    Quote q = quoteContaining(flood, "levee held through the night");
    assertThat(q.speaker()).isEqualTo("Ivo Lind");
  }

  @Test
  void accordingTo() {
    Quote q = quoteContaining(flood, "warned of disease in the camps");
    assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
    assertThat(q.cue()).isEqualTo("according to");
    assertThat(q.speakerKey()).contains("red cross");
  }

  @Test
  void weekdayInThePastIsTheOneBeforePublication() {
    TimeMention monday = time(flood, "Monday");
    assertThat(monday.date()).isEqualTo("2022-01-10");
    assertThat(monday.precision()).isEqualTo("day");
    assertThat(monday.sentence()).isZero();
    assertThat(time(flood, "Tuesday").date()).isEqualTo("2022-01-11");
  }

  @Test
  void weekdayInTheFutureIsTheOneAfterPublication() {
    assertThat(time(flood, "Saturday").date()).isEqualTo("2022-01-15");
  }

  @Test
  void lastMonthAndAYear() {
    TimeMention lastMonth = time(flood, "Last month");
    assertThat(lastMonth.date()).isEqualTo("2021-12");
    assertThat(lastMonth.precision()).isEqualTo("month");
    TimeMention year = time(flood, "2014");
    assertThat(year.date()).isEqualTo("2014");
    assertThat(year.precision()).isEqualTo("year");
    assertThat(year.sentence()).isEqualTo(lastMonth.sentence());
  }

  @Test
  void durationHasNoCalendarDate() {
    TimeMention d = flood.times().stream().filter(t -> t.type().equals("DURATION")).findFirst().orElseThrow();
    assertThat(d.value()).isEqualTo("PT7H");
    assertThat(d.date()).isNull();
  }

  @Test
  void quantitiesInTheArticle() {
    assertThat(flood.quantities()).extracting(Quantity::text)
        .contains("more than seven hours", "$500 million", "Tens of thousands of residents");
  }

  @Test
  void offsetsPointIntoTheSentence() {
    for (EntityMention m : flood.mentions()) {
      String sentence = flood.sentences().get(m.sentence()).text();
      assertThat(sentence.substring(m.begin(), m.end())).isEqualTo(m.text());
    }
    for (TimeMention t : flood.times()) {
      assertThat(flood.sentences().get(t.sentence()).text().substring(t.begin(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void withoutPublicationDateRelativeDatesStayUnresolvedAndSaySo() {
    AnalyzedArticle a = Analyzers.full().analyze(article("nodate", null,
        "Officials met in Tarsk on Monday to discuss the levee."));
    assertThat(a.notes()).anyMatch(n -> n.contains("no publication date"));
  }

  @Test
  void parallelAnalysisKeepsInputOrderAndIsDeterministic() {
    List<Article> articles = List.of(FLOOD.withId("a"), article("b", THURSDAY, "Ivo Lind said the road was open."),
        FLOOD.withId("c"));
    List<AnalyzedArticle> out = Analyzers.full().analyzeAll(articles, 2);
    assertThat(out).extracting(a -> a.article().id()).containsExactly("a", "b", "c");
    assertThat(out.get(0).quotes()).isEqualTo(flood.quotes());
    assertThat(out.get(2).entities()).isEqualTo(out.get(0).entities().stream()
        .map(e -> new Entity(e.name(), e.key(), e.kind(), e.nerTag(), e.roles(), e.mentions(), e.sentences(),
            List.of("c"))).toList());
  }

  @Test
  void entitiesLinkAcrossArticles() {
    AnalyzedArticle other = Analyzers.full().analyze(article("other", THURSDAY,
        "Greer said pumps had arrived from the U.S. overnight.", "The United States sent more pumps."));
    List<Entity> linked = EntityLinker.link(List.of(flood, other));
    Entity greer = linked.stream().filter(e -> e.key().equals("tomas greer")).findFirst().orElseThrow();
    assertThat(greer.articleIds()).containsExactly("flood", "other");
    assertThat(linked).filteredOn(e -> e.key().equals("united states")).hasSize(1);
  }

  private static Entity entity(String name) {
    return flood.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + flood.entities()));
  }
}
