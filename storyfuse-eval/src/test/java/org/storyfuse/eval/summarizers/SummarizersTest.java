package org.storyfuse.eval.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.SentenceSplitter;
import org.storyfuse.text.TermVector;

/** Every summarizer on one made-up cluster: deterministic, within budget, and its own idea. */
class SummarizersTest {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static Article article(String id, int day, String... paragraphs) {
    return new Article(id, id + ".txt", null, null, "Title of " + id, null,
        PublicationDate.stated(LocalDate.of(2024, 3, day), "fixture"), "en", List.of(paragraphs));
  }

  /** Four reports of a made-up bridge collapse; b3 is a syndicated copy of b1's lead. Published 3,2,4,5 March. */
  static final List<Article> CLUSTER = List.of(
      article("b1", 3,
          "Monday, 3 March 2024",
          "The Orlen Bridge over the Sava River collapsed on Sunday night, killing four people in two cars.",
          "Rescue teams from Kerna worked through the night and pulled six survivors from the water.",
          "The bridge had been closed for repairs twice since 2019, city records show.",
          "Mayor Ilse Brandt ordered every bridge in the county inspected within thirty days."),
      article("b2", 2,
          "Inspectors warned in January that the Orlen Bridge's steel cables were badly corroded.",
          "The warning was sent to the county roads office, which said it had scheduled repairs for the summer.",
          "Residents of Kerna had complained for years about cracks in the bridge's concrete deck."),
      article("b3", 4,
          "The Orlen Bridge over the Sava River collapsed on Sunday night, killing four people in two cars.",
          "Divers resumed the search for a missing fisherman on Tuesday morning near the collapsed span.",
          "Traffic between Kerna and the east bank now takes a ninety minute detour through Vell."),
      article("b4", 5,
          "County prosecutors opened an investigation into the collapse of the Orlen Bridge on Wednesday.",
          "Four people died when the bridge fell into the Sava River on Sunday night, officials confirmed.",
          "Prosecutors will examine why the repairs recommended by inspectors in January were postponed.",
          "Mayor Ilse Brandt said the county would build a temporary crossing before the winter."));

  static Stream<Summarizer> summarizers() {
    return Stream.of(new LeadSummarizer(SPLITTER), new LexRankSummarizer(SPLITTER),
        new CentroidSummarizer(SPLITTER), new StoryfuseSummarizer(SPLITTER));
  }

  @ParameterizedTest
  @MethodSource("summarizers")
  void isDeterministicWhateverTheInputOrder(Summarizer s) {
    List<String> first = s.summarize(CLUSTER, 60);
    List<Article> shuffled = new ArrayList<>(CLUSTER);
    Collections.reverse(shuffled);
    assertThat(s.summarize(CLUSTER, 60)).isEqualTo(first);
    assertThat(s.summarize(shuffled, 60)).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("summarizers")
  void staysWithinTheBudgetAndUsesMostOfIt(Summarizer s) {
    for (int budget : new int[] {10, 45, 80}) {
      List<String> summary = s.summarize(CLUSTER, budget);
      assertThat(WordBudget.words(summary)).as(s.name() + " at " + budget).isLessThanOrEqualTo(budget)
          .isGreaterThanOrEqualTo(budget / 2);
    }
  }

  @ParameterizedTest
  @MethodSource("summarizers")
  void neverRepeatsASentenceAndNeverPicksTheDateline(Summarizer s) {
    List<String> summary = s.summarize(CLUSTER, 1000);
    assertThat(summary).doesNotHaveDuplicates().noneMatch(t -> t.startsWith("Monday"));
  }

  @Test
  void leadTakesTheEarliestArticlesLeadThenGoesRoundTheOthers() {
    // b2 (2 March), b1 (3 March, its dateline is not a sentence), b3's lead repeats b1's: skipped, b4
    List<String> summary = new LeadSummarizer(SPLITTER).summarize(CLUSTER, 50);
    assertThat(summary).containsExactly(
        "Inspectors warned in January that the Orlen Bridge's steel cables were badly corroded.",
        "The Orlen Bridge over the Sava River collapsed on Sunday night, killing four people in two cars.",
        "County prosecutors opened an investigation into the collapse of the Orlen Bridge on Wednesday.",
        "The warning was sent to the"); // 13 + 17 + 14 words, the 6 left cut b2's second
  }

  @Test
  void graphAndCentroidSkipTheSyndicatedRepeat() {
    String collapse = "The Orlen Bridge over the Sava River collapsed on Sunday night, killing four people in two cars.";
    for (Summarizer s : List.of(new LexRankSummarizer(SPLITTER), new CentroidSummarizer(SPLITTER))) {
      assertThat(s.summarize(CLUSTER, 1000).stream().filter(collapse::equals)).as(s.name()).hasSize(1);
    }
  }

  @Test
  void lexRankOfAStarFavoursItsCentre() {
    // centre {x, y} links to leaf {x} and leaf {y} (cosine 0.71); the leaves do not link. With
    // self-links, degrees are 3 and 2; stationary p_c = 0.05 + 0.85 (p_c/3 + p_l) with
    // p_l = (1 − p_c)/2 gives p_c = 0.475 / (1 + 0.85/6) = 57/137.
    TermVector centre = TermVector.of(Map.of(1, 1.0, 2, 1.0));
    TermVector leafX = TermVector.of(Map.of(1, 1.0));
    TermVector leafY = TermVector.of(Map.of(2, 1.0));
    double[] p = LexRankSummarizer.scores(List.of(leafX, centre, leafY));
    assertThat(p[1]).isCloseTo(57.0 / 137, within(1e-8));
    assertThat(p[0]).isCloseTo(40.0 / 137, within(1e-8));
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void centroidPutsALeadFirst() {
    List<String> summary = new CentroidSummarizer(SPLITTER).summarize(CLUSTER, 20);
    assertThat(List.of(
        "Inspectors warned in January that the Orlen Bridge's steel cables were badly corroded.",
        "The Orlen Bridge over the Sava River collapsed on Sunday night, killing four people in two cars.",
        "County prosecutors opened an investigation into the collapse of the Orlen Bridge on Wednesday."))
        .contains(summary.get(0));
  }
}
