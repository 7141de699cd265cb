package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;
import static org.storyfuse.analyze.Analyzers.quoteContaining;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which words after a cue are what was said, and which are not (RAPID profile, made-up report). */
class ReportedSpeechTest {

  static AnalyzedArticle report;

  @BeforeAll
  static void analyse() {
    report = Analyzers.rapid().analyze(article("harbour", "2026-03-11",
        "The harbour will stay closed for several more days, port director Lena Vos said on Tuesday, "
            + "after the river flooded the quays on Monday.",
        "Finance Minister Karl Brandt announced a €25 million emergency fund for the families who lost their homes.",
        "The coast guard confirmed the two missing fishermen had been found alive.",
        "Mayor Ines Kolb pledged that every damaged school would reopen by April.",
        "Germany and France say the border crossings at Kehl must reopen before the harvest begins.",
        "Council spokeswoman Mira Olsen criticised the insurers on Wednesday.",
        "She says if the insurers refuse to pay, the council will take them to court.",
        "The mayor of Tessel said the ferry would run again by the weekend.",
        "A lawyer for Dana Whitlock said the appeal would be filed in May.",
        "Officials in Norland say the harvest will be late.",
        "Norland denies any such plans and says its troops are only on exercise near the border.",
        "Later, Interior Minister Paul Roth seemed calmer, telling state radio he expects the dams to hold until May.",
        "The council renewed demands that Norland says it cannot meet before the harvest.",
        "I confirmed yesterday that Lena Vos has accepted the post and that Karl Brandt had agreed.",
        "They said Ines Kolb would visit the flooded quays on Friday.",
        "In a press conference announcing the fund held in Tessel yesterday, Karl Brandt urged families not to "
            + "worry as the insurers and the port remained in talks.",
        "Paul Roth noted the council's recent decision on the ferry to Tessel.",
        "Before the river rose, Mayor Ines Kolb announced a new dam for the town.",
        "The quays will be rebuilt in stone, according to a senior engineer for the Norland Port Authority, "
            + "Jan Mertens.",
        "Crews are pumping water out of the cellars, she said, but were slowed by the rain.",
        "Jan Mertens scored 13 points for Tessel, while Karl Brandt added 11 in the second half.",
        "The ferry has rejoined its route after three days in dock, Tessel-based operator Nordline said Saturday.",
        "Two hours after closing the quays for the night, port director Lena Vos said.",
        "was seen leaving the harbour at night with two crates, port director Lena Vos said.",
        "The old ferry shed in Springfield was nearly destroyed by a fire early Tuesday morning, according to "
            + "Springfield officials.",
        "Bloomington officers said the crates were found in the shed in Springfield on Wednesday.",
        "Lena Vos told police Karl Brandt loaded the crates onto the ferry.",
        "Karl Brandt's lawyer said Thursday the minister would appeal the ruling in Tessel.",
        "Mayor Ines Kolb said Friday was the worst day for the harbour this year."));
  }

  @Test
  void anAdverbialTailAfterTheCueLeavesTheClauseBeforeIt() {
    Quote q = quoteContaining(report, "stay closed for several more days");
    assertThat(q.speaker()).isEqualTo("Lena Vos");
    assertThat(report.quotes()).noneMatch(x -> x.text().startsWith("on Tuesday"));
  }

  @Test
  void anAnnouncedNounPhraseIsAnActNotAQuote() {
    assertThat(report.quotes()).noneMatch(x -> x.text().contains("emergency fund"));
  }

  @Test
  void aCueThatCanTakeAnObjectStillReportsAClause() {
    assertThat(quoteContaining(report, "fishermen had been found alive").kind()).isEqualTo(Quote.Kind.REPORTED);
    assertThat(quoteContaining(report, "every damaged school would reopen").speaker()).isEqualTo("Ines Kolb");
  }

  @Test
  void placesThatSpeakTogetherAreNotGivenToTheLastOfThem() {
    Quote q = quoteContaining(report, "border crossings at Kehl must reopen");
    assertThat(q.speaker()).as("both or none").isNull();
    assertThat(q.speakerText()).isEqualTo("Germany and France");
  }

  @Test
  void aPlaceThatOnlyQualifiesTheSubjectDidNotSpeak() {
    Quote mayor = quoteContaining(report, "ferry would run again");
    assertThat(mayor.speaker()).as("the town did not speak").isNull();
    assertThat(mayor.speakerText()).isEqualTo("The mayor of Tessel");
    Quote lawyer = quoteContaining(report, "appeal would be filed");
    assertThat(lawyer.speaker()).as("the client did not speak").isNull();
    assertThat(lawyer.speakerText()).isEqualTo("A lawyer for Dana Whitlock");
    Quote officials = quoteContaining(report, "harvest will be late");
    assertThat(officials.speaker()).isNull();
    assertThat(officials.speakerText()).isEqualTo("Officials in Norland");
  }

  @Test
  void aConditionAfterTheCueIsWhatWasSaid() {
    Quote q = quoteContaining(report, "if the insurers refuse to pay");
    assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
    assertThat(q.speaker()).isEqualTo("Mira Olsen");
    assertThat(q.text()).endsWith("the council will take them to court");
  }

  @Test
  void aVerbAfterAndIsTheSubjectsNextPredicateNotAClauseTheCueReports() {
    // "denies any such plans": a noun phrase denied, not a clause; shown as "Norland said any such plans…" it lost "denies"
    assertThat(report.quotes()).noneMatch(x -> x.text().startsWith("any such plans"));
  }

  @Test
  void aSubjectPronounAfterTheToldObjectOpensWhatWasSaid() {
    Quote q = quoteContaining(report, "expects the dams to hold");
    assertThat(q.text()).startsWith("he expects the dams to hold");
    assertThat(q.speaker()).isEqualTo("Paul Roth");
  }

  @Test
  void aCueInsideARelativeClauseOnANounReportsNothingWhole() {
    assertThat(report.quotes()).noneMatch(x -> x.text().startsWith("it cannot meet"));
  }

  @Test
  void aNameAfterThatIsInsideWhatWasSaidNotItsSpeaker() {
    // "I" is the writer and "They" no one named: neither is given to a name in what was said
    assertThat(report.quotes()).noneMatch(q -> "Lena Vos".equals(q.speaker()) && q.text().contains("accepted the post"));
    assertThat(report.quotes()).noneMatch(q -> "Ines Kolb".equals(q.speaker()) && q.text().contains("visit the flooded"));
  }

  @Test
  void anAdverbialBeforeTheSpeakerIsNotWhatWasSaid() {
    assertThat(report.quotes()).noneMatch(q -> q.text().contains("press conference announcing"));
    assertThat(report.quotes()).noneMatch(q -> q.text().startsWith("Before the river rose"));
  }

  @Test
  void aSpeechCueWithANounPhraseObjectReportsNothing() {
    assertThat(report.quotes()).noneMatch(q -> q.text().contains("recent decision on the ferry"));
  }

  @Test
  void aLongSourceAfterAccordingToLeavesTheClauseBeforeIt() {
    assertThat(quoteContaining(report, "quays will be rebuilt in stone").kind()).isEqualTo(Quote.Kind.REPORTED);
  }

  @Test
  void aClauseAfterTheAttributionsCommaDoesNotHideTheReportBeforeIt() {
    assertThat(quoteContaining(report, "Crews are pumping water out of the cellars").kind()).isEqualTo(Quote.Kind.REPORTED);
    assertThat(report.quotes()).noneMatch(q -> q.text().startsWith("but were slowed"));
  }

  @Test
  void anAttributionInsideASubordinateClauseReportsNothingBeforeIt() {
    assertThat(report.quotes()).noneMatch(q -> q.text().contains("13 points for Tessel"));
  }

  @Test
  void aHyphenatedWordInTheSpeakersNounPhraseStaysWithTheSpeaker() {
    Quote q = quoteContaining(report, "ferry has rejoined its route");
    assertThat(q.text()).doesNotContain("Tessel-based").doesNotContain("Tessel");
  }

  @Test
  void whatWasSaidBeforeTheSpeakerIsAClauseThatOpensASentence() {
    assertThat(report.quotes()).noneMatch(q -> q.text().startsWith("Two hours after closing"));
    assertThat(report.quotes()).noneMatch(q -> q.text().startsWith("was seen leaving"));
  }

  @Test
  void aPlaceBeforeTheNounThatSpokeIsNotTheSpeaker() {
    assertThat(quoteContaining(report, "ferry shed in Springfield was nearly destroyed").speaker()).isNull();
    assertThat(quoteContaining(report, "crates were found in the shed").speaker()).isNull();
    assertThat(quoteContaining(report, "crates were found in the shed").speakerText()).isEqualTo("Bloomington officers");
  }

  @Test
  void aNameAfterTheToldObjectOpensWhatWasSaid() {
    assertThat(quoteContaining(report, "loaded the crates onto the ferry").text()).startsWith("Karl Brandt loaded");
  }

  @Test
  void whoseNounSpokeIsNotItsOwner() {
    Quote q = quoteContaining(report, "minister would appeal the ruling");
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerText()).isEqualTo("Karl Brandt's lawyer");
  }

  @Test
  void aDayAfterTheCueToldWhenItWasSaidUnlessItIsTheSubject() {
    assertThat(quoteContaining(report, "minister would appeal the ruling").text()).startsWith("the minister");
    assertThat(quoteContaining(report, "worst day for the harbour").text()).startsWith("Friday was");
  }
}
