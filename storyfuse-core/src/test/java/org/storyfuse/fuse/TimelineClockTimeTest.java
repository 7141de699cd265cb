package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Profile;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/**
 * A made-up report of 6 June about a flight lost on 1 June: a bare time of day, which the analysis
 * dates to the publication day, does not outdate the day the sentence names.
 */
class TimelineClockTimeTest {

  private static final String PUBLISHED = "2009-06-06";
  private static final String HEARD = "The airliner was last heard by radio at 22:30 local time on June 1 over the ocean.";
  private static final String BRIEFED = "Officials briefed the families at 10 p.m. in a hotel near the airport.";

  private static TimeMention at(List<Sentence> sentences, int i, String text, String type, String date) {
    int begin = sentences.get(i).text().indexOf(text);
    return new TimeMention(text, type, date, date, "day", i, begin, begin + text.length());
  }

  private static List<Brief.TimelineEvent> timeline() {
    Article a = new Article("a", "a.txt", null, "Wire", "Flight lost", null,
        PublicationDate.stated(LocalDate.parse(PUBLISHED), PUBLISHED), "en", List.of(HEARD + " " + BRIEFED));
    List<Sentence> sentences = new SentenceSplitter().split(a);
    List<TimeMention> times = List.of(
        at(sentences, 0, "22:30 local time", "TIME", PUBLISHED), at(sentences, 0, "June 1", "DATE", "2009-06-01"),
        at(sentences, 1, "10 p.m.", "TIME", PUBLISHED));
    AnalyzedArticle analysed = new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), sentences, 0, List.of(),
        List.of(), List.of(), times, List.of(), List.of());
    BriefBuilder.SourceTable sources = BriefBuilder.SourceTable.of(List.of(a), Map.of());
    List<List<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    TfIdf tfidf = TfIdf.fit(terms);
    Map<Integer, BriefBuilder.SentenceNode> nodes = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      nodes.put(i, new BriefBuilder.SentenceNode(sentences.get(i), 1, tfidf.vector(terms.get(i))));
    }
    return TimelineBuilder.build(List.of(analysed), sources, Map.of("a", nodes)).events();
  }

  @Test
  void aBareTimeOfDayDoesNotOutdateTheDayItsSentenceNames() {
    assertThat(timeline()).filteredOn(e -> e.event().equals(HEARD)).extracting(Brief.TimelineEvent::date)
        .containsExactly("2009-06-01");
  }

  @Test
  void aBareTimeOfDayAloneKeepsThePublicationDay() {
    assertThat(timeline()).filteredOn(e -> e.event().equals(BRIEFED)).extracting(Brief.TimelineEvent::date)
        .containsExactly(PUBLISHED);
  }

  @Test
  void timesThatNameTheirDayAreNotBare() {
    assertThat(ClockOnly.test(new TimeMention("10 p.m.", "TIME", "x", PUBLISHED, "day", 0, 0, 7))).isTrue();
    assertThat(ClockOnly.test(new TimeMention("shortly before midnight", "TIME", "x", PUBLISHED, "day", 0, 0, 9)))
        .isTrue();
    assertThat(ClockOnly.test(new TimeMention("this morning", "TIME", "x", PUBLISHED, "day", 0, 0, 12))).isFalse();
    assertThat(ClockOnly.test(new TimeMention("Monday night", "TIME", "x", PUBLISHED, "day", 0, 0, 12))).isFalse();
    assertThat(ClockOnly.test(new TimeMention("Jan. 3 at noon", "TIME", "x", PUBLISHED, "day", 0, 0, 14))).isFalse();
    assertThat(ClockOnly.test(new TimeMention("June 1", "DATE", "x", "2009-06-01", "day", 0, 0, 6))).isFalse();
  }
}
