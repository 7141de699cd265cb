package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.Profile;
import org.storyfuse.analyze.Quote;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;

class QuoteMergerTest {

  private static Quote quote(String text, String speaker, EntityKind kind, int sentence) {
    return new Quote(Quote.Kind.DIRECT, text, speaker, speaker == null ? null : speaker.toLowerCase(), kind, null,
        speaker, "said", sentence, sentence, 0);
  }

  private static AnalyzedArticle analysed(String id, String date, Quote... quotes) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Title " + id, null,
        PublicationDate.stated(LocalDate.parse(date), date), "en", List.of("Body of " + id + "."));
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), List.of(), 0, List.of(), List.of(),
        List.of(quotes), List.of(), List.of(), List.of());
  }

  @Test
  void aCountrysFragmentOfItsOfficialsWordsAndShortVariantsMergeIntoOneQuote() {
    // both outlets print every one of these words (a direct quote cites only sources that hold it)
    String body = "Valmora says it is \"a dead end\". Ana Ruiz called it \"a dead end or a difference of approaches\". "
        + "\"That is the dead end or difference in approaches.\" Repairs \"could take a week.\" "
        + "\"Repairs could take a week, maybe two.\"";
    AnalyzedArticle first = analysedWithBody("a", "2026-03-10", body,
        quote("a dead end", "Valmora", EntityKind.LOCATION, 0),
        quote("a dead end or a difference of approaches", "Ana Ruiz", EntityKind.PERSON, 1));
    AnalyzedArticle second = analysedWithBody("b", "2026-03-11", body,
        quote("That is the dead end or difference in approaches.", "Ana Ruiz", EntityKind.PERSON, 3),
        quote("could take a week.", "Ruiz", EntityKind.PERSON, 5),
        quote("Repairs could take a week, maybe two.", "Ana Ruiz", EntityKind.PERSON, 6));
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(
        List.of(first.article(), second.article()), Map.of());
    List<Brief.Quote> merged = QuoteMerger.merge(List.of(first, second), sources);
    assertThat(merged).extracting(Brief.Quote::speaker).containsOnly("Ana Ruiz");
    assertThat(merged).hasSize(2);
    Brief.Quote deadEnd = merged.get(0);
    assertThat(deadEnd.sources()).containsExactly(1, 2);
    assertThat(deadEnd.variants()).contains("a dead end");
    assertThat(merged.get(1).text()).isEqualTo("Repairs could take a week, maybe two.");
    assertThat(merged.get(1).variants()).containsExactly("could take a week.");
  }

  private static AnalyzedArticle analysedWithBody(String id, String date, String body, Quote... quotes) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Title " + id, null,
        PublicationDate.stated(LocalDate.parse(date), date), "en", List.of(body));
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), List.of(), 0, List.of(), List.of(),
        List.of(quotes), List.of(), List.of(), List.of());
  }

  private static Quote reported(String text, String speaker, int sentence) {
    return new Quote(Quote.Kind.REPORTED, text, speaker, speaker.toLowerCase(), EntityKind.PERSON, null,
        speaker, "said", sentence, sentence, 0);
  }

  @Test
  void reportedSpeechIsKindReportedAndNeverAVariantOfADirectQuote() {
    AnalyzedArticle first = analysedWithBody("a", "2026-03-10",
        "Ines Marlow said the ferry link would stay closed until spring.",
        reported("the ferry link would stay closed until spring", "Ines Marlow", 0));
    AnalyzedArticle second = analysedWithBody("b", "2026-03-11",
        "\"The ferry link will stay closed until spring,\" Ines Marlow said.",
        quote("The ferry link will stay closed until spring,", "Ines Marlow", EntityKind.PERSON, 0));
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(List.of(first.article(), second.article()), Map.of());
    List<Brief.Quote> alone = QuoteMerger.merge(List.of(first), sources);
    assertThat(alone).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Brief.Quote.REPORTED);
      assertThat(q.reported()).isTrue();
    });
    List<Brief.Quote> both = QuoteMerger.merge(List.of(first, second), sources);
    assertThat(both).isNotEmpty();
    Brief.Quote direct = both.stream().filter(q -> q.text().startsWith("The ferry link")).findFirst().orElseThrow();
    assertThat(direct.kind()).isEqualTo(Brief.Quote.DIRECT);
    assertThat(direct.variants()).doesNotContain("the ferry link would stay closed until spring");
  }

  @Test
  void theWordingShownIsTheOneMostSourcesCarryVerbatim() {
    String shortWords = "We will rebuild the pier before the summer";
    AnalyzedArticle a = analysedWithBody("a", "2026-03-10", "Mayor Tomas Brell said: \"" + shortWords + ".\"",
        quote(shortWords, "Tomas Brell", EntityKind.PERSON, 0));
    AnalyzedArticle b = analysedWithBody("b", "2026-03-10", "\u201c" + shortWords + ",\u201d Tomas Brell said.",
        quote(shortWords, "Tomas Brell", EntityKind.PERSON, 0));
    String longWords = "We will rebuild the pier before the summer season, whatever it costs the town";
    AnalyzedArticle c = analysedWithBody("c", "2026-03-11", "\"" + longWords + ",\" Tomas Brell said.",
        quote(longWords, "Tomas Brell", EntityKind.PERSON, 0));
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(
        List.of(a.article(), b.article(), c.article()), Map.of());
    List<Brief.Quote> merged = QuoteMerger.merge(List.of(a, b, c), sources);
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).text()).isEqualTo(shortWords);
    assertThat(merged.get(0).variants()).containsExactly(longWords);
    assertThat(merged.get(0).sources()).containsExactly(1, 2, 3);
  }

  @Test
  void aDirectQuoteCitesOnlyTheSourcesThatHoldItsWordsTheOthersFragmentIsItsOwnQuote() {
    // the sample corpus' case: three outlets quote the whole sentence, a fourth only its end
    String whole = "We will not reopen the terminals until the quays are safe, and that could take a week";
    AnalyzedArticle a = analysedWithBody("a", "2026-03-10", "\u201c" + whole + ",\u201d Marta Ilves said.",
        quote(whole, "Marta Ilves", EntityKind.PERSON, 0));
    AnalyzedArticle b = analysedWithBody("b", "2026-03-10",
        "Marta Ilves said the terminals would not reopen \"until the quays are safe,\" adding more.",
        quote("until the quays are safe", "Marta Ilves", EntityKind.PERSON, 0));
    AnalyzedArticle c = analysedWithBody("c", "2026-03-10",
        "Marta Ilves said the terminals would stay shut until the quays were safe, which \"could take a week.\"",
        quote("could take a week.", "Marta Ilves", EntityKind.PERSON, 0));
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(
        List.of(a.article(), b.article(), c.article()), Map.of());
    List<Brief.Quote> merged = QuoteMerger.merge(List.of(a, b, c), sources);
    String[] texts = List.of(a, b, c).stream().map(x -> QuoteMerger.verbatimForm(x.article().text()))
        .toArray(String[]::new);
    for (Brief.Quote q : merged) {
      for (int s : q.sources()) {
        assertThat(texts[s - 1]).as("[%d] holds %s", s, q.text()).contains(QuoteMerger.verbatimForm(q.text()));
      }
    }
    assertThat(merged).flatExtracting(Brief.Quote::sources).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(merged).hasSize(2);
  }

  private static AnalyzedArticle analysedSentences(String id, List<String> sentences, Quote... quotes) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Title " + id, null,
        PublicationDate.stated(LocalDate.parse("2026-03-10"), "2026-03-10"), "en", List.of(String.join(" ", sentences)));
    List<org.storyfuse.text.Sentence> split = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      split.add(new org.storyfuse.text.Sentence(id, i, 0, sentences.get(i)));
    }
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), split, 0, List.of(), List.of(),
        List.of(quotes), List.of(), List.of(), List.of());
  }

  @Test
  void aSourceIsCitedAtTheSentenceThatHoldsTheShownWordsNotAtItsOtherQuoteOfTheStatement() {
    String words = "I am so excited to be hosting the harbour gala for the second time";
    AnalyzedArticle a = analysedSentences("a", List.of("\"" + words + ",\" Ida Svensk said."),
        quote(words, "Ida Svensk", EntityKind.PERSON, 0));
    // b's own quote of the statement (a shorter wording) is its first sentence; the shown words
    // stand in its fifth
    AnalyzedArticle b = analysedSentences("b", List.of(
        "\"I am so excited to be hosting the harbour gala,\" Ida Svensk wrote on Twitter.",
        "The gala is held in Tessel.", "It raises money for the lifeboat crews.", "Tickets sold out in a day.",
        "\"" + words + ",\" she said on Monday."),
        quote("I am so excited to be hosting the harbour gala,", "Ida Svensk", EntityKind.PERSON, 0));
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(List.of(a.article(), b.article()), Map.of());
    Brief.Quote q = QuoteMerger.merge(List.of(a, b), sources).stream().filter(x -> x.text().equals(words))
        .findFirst().orElseThrow();
    assertThat(q.sources()).containsExactly(1, 2);
    assertThat(q.evidence()).contains(new Brief.SentenceRef(2, 4));
  }

  @Test
  void dashStyleIsNoDifferenceInTheWords() {
    assertThat(QuoteMerger.verbatimForm("experts\u2014who for decades reviewed it\u2014from the process"))
        .isEqualTo(QuoteMerger.verbatimForm("experts - - who for decades reviewed it - - from the process"))
        .isEqualTo(QuoteMerger.verbatimForm("experts -- who for decades reviewed it -- from the process"));
    assertThat(QuoteMerger.verbatimForm("co - operation")).isEqualTo(QuoteMerger.verbatimForm("co-operation"));
  }
}
