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
    AnalyzedArticle first = analysed("a", "2026-03-10",
        quote("a dead end", "Valmora", EntityKind.LOCATION, 0),
        quote("a dead end or a difference of approaches", "Ana Ruiz", EntityKind.PERSON, 1));
    AnalyzedArticle second = analysed("b", "2026-03-11",
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
}
