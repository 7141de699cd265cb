package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Brief;
import org.storyfuse.render.SourceTexts;

/** Made-up reports: a harbour closes after a storm. */
class CitationCheckTest {

  private static final List<String> ONE = List.of(
      "The harbour at Lenbury closed on Monday after a storm.",
      "Harbour master Ada Quint said: \"We will reopen when the piers are safe.\"",
      "Officials said 40 boats were damaged.");
  private static final List<String> TWO = List.of(
      "A storm closed Lenbury harbour on Monday.",
      "Ada Quint, the harbour master, told reporters \u201cwe will reopen when the piers are safe\u201d.",
      "Some 60 boats were damaged, the council said.");
  private static final SourceTexts TEXTS = new SourceTexts(Map.of(1, ONE, 2, TWO, 3, ONE));

  private static Brief brief(List<Brief.SummarySentence> summary, List<Brief.Quote> quotes) {
    List<Brief.Source> sources = List.of(
        new Brief.Source(1, "a1", "one.txt", null, "t", null, null, false, null),
        new Brief.Source(2, "a2", "two.txt", null, "t", null, null, false, null),
        new Brief.Source(3, "a3", "three.txt", null, "t", null, null, false, 1));
    return new Brief("s1", "h", new Brief.TimeSpan(null, null), sources, summary, List.of(), quotes, List.of(),
        List.of(), List.of(), List.of());
  }

  private static Brief.SummarySentence sentence(String text, List<Integer> support, Brief.SentenceRef... refs) {
    return new Brief.SummarySentence(text, support, support.get(0), List.of(refs));
  }

  @Test
  void aSentenceIsSupportedVerbatimOrBySharingItsFiguresAndMostWords() {
    Brief b = brief(List.of(sentence(ONE.get(0), List.of(1, 2),
        new Brief.SentenceRef(1, 0), new Brief.SentenceRef(2, 0))), List.of());
    CitationCheck.Report r = CitationCheck.run(b, TEXTS);
    assertThat(r.citations()).extracting(CitationCheck.Citation::verdict)
        .containsExactly(CitationCheck.Verdict.VERBATIM, CitationCheck.Verdict.SHARED);
    assertThat(r.precision()).isEqualTo(1.0);
  }

  @Test
  void anotherFigureAMissingRefOrAnIndexPastTheEndIsUnsupported() {
    Brief b = brief(List.of(
        // 40 boats vs 60 boats: same words, other figure
        sentence(ONE.get(2), List.of(1, 2), new Brief.SentenceRef(1, 2), new Brief.SentenceRef(2, 2)),
        // cites [2] without a sentence of [2]
        sentence(ONE.get(0), List.of(1, 2), new Brief.SentenceRef(1, 0)),
        // sentence 9 of [2] does not exist
        sentence(TWO.get(0), List.of(2), new Brief.SentenceRef(2, 9))), List.of());
    CitationCheck.Report r = CitationCheck.run(b, TEXTS);
    assertThat(r.citations()).extracting(CitationCheck.Citation::supported)
        .containsExactly(true, false, true, false, false);
    assertThat(r.citations().get(1).why()).contains("figures [40]");
    assertThat(r.precision()).isEqualTo(2.0 / 5);
  }

  @Test
  void aCopyStandsForItsOriginalAndAnUnrelatedSentenceDoesNotSupport() {
    Brief b = brief(List.of(
        sentence(ONE.get(0), List.of(1), new Brief.SentenceRef(3, 0)),
        sentence(ONE.get(0), List.of(2), new Brief.SentenceRef(2, 1))), List.of());
    assertThat(CitationCheck.run(b, TEXTS).citations()).extracting(CitationCheck.Citation::supported)
        .containsExactly(true, false);
  }

  @Test
  void aDirectQuoteIsVerbatimModuloCaseSpacesAndQuoteMarks() {
    Brief.Quote reopen = new Brief.Quote("Ada Quint", "harbour master", "We will reopen when the piers are safe",
        Brief.Quote.DIRECT, List.of(), List.of(1, 2), List.of(new Brief.SentenceRef(1, 1), new Brief.SentenceRef(2, 1)));
    Brief.Quote invented = new Brief.Quote("Ada Quint", null, "We will reopen the piers tomorrow",
        Brief.Quote.DIRECT, List.of(), List.of(1), List.of(new Brief.SentenceRef(1, 1)));
    CitationCheck.Report r = CitationCheck.run(brief(List.of(), List.of(reopen, invented)), TEXTS);
    assertThat(r.quotes()).extracting(CitationCheck.QuoteCheck::verbatim).containsExactly(true, true, false);
    assertThat(r.citations()).extracting(CitationCheck.Citation::supported).containsExactly(true, true, false);
  }

  @Test
  void figuresAreTheNumbersInWordsWithADigitThousandsSeparatorsIgnored() {
    assertThat(CitationCheck.figures("In 1962, 100,000 people and 3.5 tonnes; G7 met")).containsExactlyInAnyOrder(
        "1962", "100000", "3.5", "7");
    assertThat(CitationCheck.figures("Twelve miners died")).containsExactly("12");
    // the letters around a number are its unit or plural, not another figure
    assertThat(CitationCheck.figures("Seven AK-47s were found")).isEqualTo(CitationCheck.figures("seven AK-47 rifles"));
    assertThat(CitationCheck.figures("estimated at $US1 million")).isEqualTo(CitationCheck.figures("at $1 million"));
  }

  @Test
  void reportedSpeechIsNotCheckedAsAQuoteButItsCitationMustShareTheWords() {
    Brief.Quote reported = new Brief.Quote("Ada Quint", null, "the piers would be safe before the harbour reopens",
        Brief.Quote.REPORTED, List.of(), List.of(1, 2), List.of(new Brief.SentenceRef(1, 1), new Brief.SentenceRef(2, 2)));
    CitationCheck.Report r = CitationCheck.run(brief(List.of(), List.of(reported)), TEXTS);
    assertThat(r.quotes()).isEmpty();
    // [1]: the harbour master's sentence shares piers, safe, reopen, harbour; [2]: the boats sentence does not
    assertThat(r.citations()).extracting(CitationCheck.Citation::supported).containsExactly(true, false);
  }

  @Test
  void anotherWordingIsCheckedAgainstItsOwnSourceAnExcerptVerbatimWhereItIsCut() {
    Brief.CorroboratedClaim claim = new Brief.CorroboratedClaim(ONE.get(0), List.of(1), 1,
        List.of(new Brief.SentenceRef(1, 0)), List.of(
            // [2]'s own words, cut: verbatim
            new Brief.Claim("…told reporters \u201cwe will reopen when the piers are safe\u201d.", List.of(2),
                List.of(new Brief.SentenceRef(2, 1))),
            // words [2] does not carry at that sentence
            new Brief.Claim("…the harbour reopened on Tuesday…", List.of(2), List.of(new Brief.SentenceRef(2, 1)))));
    Brief b = new Brief("s1", "h", new Brief.TimeSpan(null, null), brief(List.of(), List.of()).sources(), List.of(),
        List.of(claim), List.of(), List.of(), List.of(), List.of(), List.of());
    CitationCheck.Report r = CitationCheck.run(b, TEXTS);
    assertThat(r.citations()).extracting(CitationCheck.Citation::verdict).containsExactly(
        CitationCheck.Verdict.VERBATIM, CitationCheck.Verdict.VERBATIM, CitationCheck.Verdict.UNSUPPORTED);
  }
}
