package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Profile;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;

class StoryOrderTest {

  private static Brief.SummarySentence sentence(String text, int source, int index) {
    return new Brief.SummarySentence(text, List.of(source), source, List.of(new Brief.SentenceRef(source, index)));
  }

  private static AnalyzedArticle analysed(String id, String date, TimeMention... times) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Title " + id, null,
        PublicationDate.stated(LocalDate.parse(date), date), "en", List.of("Body of " + id + "."));
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), List.of(), 0, List.of(), List.of(),
        List.of(), List.of(times), List.of(), List.of());
  }

  private static TimeMention date(String date, String precision, int sentence) {
    return new TimeMention(date, "DATE", date, date, precision, sentence, 0, 1);
  }

  @Test
  void theSummaryReadsInTheOrderTheStoryHappenedNotByScore() {
    // selection order (by score): Thursday's "dead end" first, Monday's talks third, December's offer fourth
    List<Brief.SummarySentence> byScore = List.of(
        sentence("Ryabkov said on Thursday the talks were at a dead end.", 2, 0),
        sentence("Ryabkov refused to rule out deployments to Cuba.", 2, 4),
        sentence("Ryabkov and Sherman met in Geneva on Monday.", 1, 3),
        sentence("In December, Russia unveiled proposals on security.", 1, 5),
        sentence("The alliance was founded in 1949 by twelve states.", 1, 6));
    AnalyzedArticle a = analysed("a", "2022-01-10", date("2022-01-10", "day", 3), date("2021-12", "month", 5),
        date("1949", "year", 6));
    AnalyzedArticle b = analysed("b", "2022-01-13", date("2022-01-13", "day", 0));
    Map<String, Map<Integer, StoryOrder.Named>> dates = StoryOrder.sentenceDates(List.of(a, b), "2022-01-10");
    assertThat(dates.get("a")).doesNotContainKey(6); // 1949 is background: it does not date the sentence
    Map<Integer, String> articleOf = Map.of(1, "a", 2, "b");
    Map<Integer, LocalDate> published = Map.of(1, LocalDate.of(2022, 1, 10), 2, LocalDate.of(2022, 1, 14));
    List<Brief.SummarySentence> ordered = StoryOrder.sort(byScore, s -> StoryOrder.timeOf(s, articleOf, dates, published));
    assertThat(ordered).extracting(Brief.SummarySentence::text).containsExactly(
        "In December, Russia unveiled proposals on security.",
        "The alliance was founded in 1949 by twelve states.", // 1949 is background: undated, after December's
        "Ryabkov and Sherman met in Geneva on Monday.",
        "Ryabkov said on Thursday the talks were at a dead end.",
        "Ryabkov refused to rule out deployments to Cuba."); // undated: stays after the sentence ranked above it
  }

  @Test
  void aPeriodThatHoldsThePublicationDayDatesTheSentenceByIt() {
    // "bikes bought this year" in an article of 10 March is not the story's first event
    List<Brief.SummarySentence> byScore = List.of(
        sentence("Kestrel is recalling 42,000 bicycles, the company said on Tuesday.", 1, 0),
        sentence("Bikes bought this year are not affected.", 1, 1),
        sentence("Reports of fires began in February.", 1, 2));
    AnalyzedArticle a = analysed("a", "2026-03-10", date("2026-03-10", "day", 0), date("2026", "year", 1),
        date("2026-02", "month", 2));
    Map<String, Map<Integer, StoryOrder.Named>> dates = StoryOrder.sentenceDates(List.of(a), "2026-03-10");
    List<Brief.SummarySentence> ordered = StoryOrder.sort(byScore,
        s -> StoryOrder.timeOf(s, Map.of(1, "a"), dates, Map.of(1, LocalDate.of(2026, 3, 10))));
    assertThat(ordered).extracting(Brief.SummarySentence::text).containsExactly(
        "Reports of fires began in February.",
        "Kestrel is recalling 42,000 bicycles, the company said on Tuesday.",
        "Bikes bought this year are not affected.");
  }

  @Test
  void sentencesOfTheSameTimeKeepTheirRank() {
    List<Brief.SummarySentence> byScore = List.of(sentence("First.", 1, 0), sentence("Second.", 1, 1));
    assertThat(StoryOrder.sort(byScore, s -> null)).isEqualTo(byScore);
    assertThat(StoryOrder.sort(byScore, s -> LocalDate.of(2022, 1, 1))).isEqualTo(byScore);
  }
}
