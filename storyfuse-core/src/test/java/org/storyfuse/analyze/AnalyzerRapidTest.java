package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;
import static org.storyfuse.analyze.Analyzers.quoteContaining;
import static org.storyfuse.analyze.Analyzers.time;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RAPID (time expressions by {@link TimeRules}, no SUTime) keeps FULL's speakers and dates on the
 * made-up report, and gives the same entities and quotes as FAST (SUTime over every token) and the
 * same times but one.
 */
class AnalyzerRapidTest {

  static AnalyzedArticle rapid;

  @BeforeAll
  static void analyse() {
    rapid = Analyzers.rapid().analyze(AnalyzerRulesTest.FLOOD);
  }

  @Test
  void sameSpeakers() {
    assertThat(quoteContaining(rapid, "open the spillways").speaker()).isEqualTo("Elena Marsh");
    assertThat(quoteContaining(rapid, "Ships are waiting offshore").speaker()).isEqualTo("Tomas Greer");
    assertThat(quoteContaining(rapid, "No family in the valley").speaker()).isEqualTo("Ana Ruiz");
    assertThat(quoteContaining(rapid, "water level has peaked").speaker()).isEqualTo("Paul Okafor");
    assertThat(quoteContaining(rapid, "levee held through the night").speaker()).isEqualTo("Ivo Lind");
  }

  @Test
  void sameDates() {
    assertThat(time(rapid, "Monday").date()).isEqualTo("2022-01-10");
    assertThat(time(rapid, "Saturday").date()).isEqualTo("2022-01-15");
    assertThat(time(rapid, "Last month").date()).isEqualTo("2021-12");
    assertThat(time(rapid, "2014").date()).isEqualTo("2014");
    assertThat(time(rapid, "more than seven hours").value()).isEqualTo("PT7H");
  }

  @Test
  void sameMentionsQuotesAndTimesAsFast() {
    AnalyzedArticle fast = Analyzers.fast().analyze(AnalyzerRulesTest.FLOOD);
    assertThat(rapid.mentions()).isEqualTo(fast.mentions());
    assertThat(rapid.quotes()).isEqualTo(fast.quotes());
    // SUTime reads "held through the night" as tonight (2022-01-13TNI); the rules leave a bare "night"
    // alone: which night is not stated, and the timeline should not guess.
    assertThat(fast.times()).anyMatch(t -> t.text().equals("night"));
    assertThat(rapid.times()).isEqualTo(fast.times().stream().filter(t -> !t.text().equals("night")).toList());
  }

  @Test
  void aSurnameOpeningASentenceIsANameWhenTheArticleNamesItInFull() {
    // The entity tagger that spares the recogniser nameless sentences reads "Ilves is due …" alone
    // as naming nothing (RecogniserGateTest); the article's "Marta Ilves" gets it read after all.
    var port = article("port", AnalyzerRulesTest.THURSDAY,
        "Port Authority chief executive Marta Ilves said the port would stay shut.",
        "Ilves is due to meet shipping companies on Thursday.");
    AnalyzedArticle a = Analyzers.rapid().analyze(port);
    assertThat(a.mentions()).anyMatch(m -> m.text().equals("Ilves") && m.nerTag().equals("PERSON"));
  }

  @Test
  void namesAtBothEndsOfALongSentenceReadInWindows() {
    // NameWindowsTest: the recogniser reads this sentence as two windows, not whole
    var port = article("windows", AnalyzerRulesTest.THURSDAY,
        "Marta Ilves said on Tuesday that the terminals would stay shut until the quays were safe and that "
            + "repairs to the damaged cranes and the flooded warehouses could take a week or more, according to "
            + "a statement from the Port of Valmora.");
    AnalyzedArticle a = Analyzers.rapid().analyze(port);
    assertThat(a.mentions()).anyMatch(m -> m.text().equals("Marta Ilves") && m.nerTag().equals("PERSON"));
    assertThat(a.mentions()).anyMatch(m -> m.text().contains("Valmora"));
  }

  @Test
  void clockTimesAndDatesInLaterSentences() {
    // A clock time before "on <weekday>" takes that day, anchored by tense like the weekday alone.
    var clock = article("clock", AnalyzerRulesTest.THURSDAY, "Nothing happened in Tarsk.",
        "The first boats left Tarsk at 08:50 on Tuesday, officials said, and the last at 15:00 BST.");
    AnalyzedArticle a = Analyzers.rapid().analyze(clock);
    assertThat(a.times()).anyMatch(t -> t.text().contains("08:50") && t.type().equals("TIME")
        && "2022-01-11".equals(t.date()));
    assertThat(time(a, "15:00 BST").type()).isEqualTo("TIME");
    assertThat(a.times()).isEqualTo(Analyzers.fast().analyze(clock).times());
  }

  @Test
  void yearlessDatesFollowTheirOwnClause() {
    AnalyzedArticle a = Analyzers.rapid().analyze(article("yearless", "2010-01-29",
        "Tents had been ordered for the rainy season, which generally starts in May.",
        "Officials said on December 28 that the roads were open.",
        "The council will review the permits issued on January 20.",
        "Talks will resume in March.",
        "On March 11, the region was hit by a second earthquake."));
    assertThat(time(a, "May").date()).isEqualTo("2010-05");            // nearest: the clause has no past
    assertThat(time(a, "December 28").date()).isEqualTo("2009-12-28");  // past
    assertThat(time(a, "January 20").date()).isEqualTo("2010-01-20");   // "will", but a year ahead vs days back
    assertThat(time(a, "March").date()).isEqualTo("2010-03");           // future
    assertThat(time(a, "March 11").date()).isEqualTo("2009-03-11");     // fronted: the clause after the comma
  }

  @Test
  void withoutPublicationDateRelativeDatesStayUnresolved() {
    AnalyzedArticle a = Analyzers.rapid().analyze(article("nodate", null, "Ivo Lind said on Monday that the levee held."));
    assertThat(a.notes()).anyMatch(n -> n.startsWith("no publication date"));
    assertThat(a.times()).allMatch(t -> t.date() == null);
  }

  @Test
  void aClockTimeBeforeAWeekIsReadWithoutFailingTheArticle() {
    AnalyzedArticle a = Analyzers.rapid().analyze(Analyzers.article("week-clock", "2022-01-13",
        "The museum will reopen at 10:00 this week, its director said."));
    assertThat(a.analysed()).isTrue();
    assertThat(a.notes()).noneMatch(n -> n.startsWith("analysis failed"));
  }
}
