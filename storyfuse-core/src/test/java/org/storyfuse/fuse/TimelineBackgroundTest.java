package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Profile;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;
import org.storyfuse.text.SentenceSplitter;

/** Made-up reports of a dam opening that recall the dam's history. */
class TimelineBackgroundTest {

  /** @param dated per sentence: {word in it, date, precision} or null */
  private static AnalyzedArticle analysed(String id, String published, List<String> body, String[]... dated) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Dam opens", null,
        PublicationDate.stated(LocalDate.parse(published), published), "en", List.of(String.join(" ", body)));
    var sentences = new SentenceSplitter().split(a);
    List<TimeMention> times = new ArrayList<>();
    for (int i = 0; i < dated.length; i++) {
      if (dated[i] != null) {
        int at = sentences.get(i).text().indexOf(dated[i][0]);
        times.add(new TimeMention(dated[i][0], "DATE", dated[i][1], dated[i][1], dated[i][2], i, at,
            at + dated[i][0].length()));
      }
    }
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), sentences, 0, List.of(), List.of(),
        List.of(), times, List.of(), List.of());
  }

  private static Brief build(AnalyzedArticle... analyses) {
    List<StoryMember> members = new ArrayList<>();
    for (AnalyzedArticle a : analyses) {
      members.add(new StoryMember(a.article(), a, null));
    }
    return new BriefBuilder(org.storyfuse.embed.SharedEmbedder.get()).build(new Story("s", members));
  }

  @Test
  void oldYearsGoToBackgroundOneEntryADateWithEverySourceAndRecentDatesStayOnTheTimeline() {
    Brief brief = build(
        analysed("a", "2026-05-04", List.of(
            "The Orsa dam opened its new spillway on Monday.",
            "Engineers first proposed the spillway in 1987.",
            "Work began in December."),
            new String[] {"Monday", "2026-05-04", "day"}, new String[] {"1987", "1987", "year"},
            new String[] {"December", "2025-12", "month"}),
        analysed("b", "2026-05-05", List.of(
            "Villagers recalled the flood of 1987 that the dam was meant to stop.",
            "The spillway opened on Monday with the minister watching."),
            new String[] {"1987", "1987", "year"}, new String[] {"Monday", "2026-05-04", "day"}));
    assertThat(brief.background()).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("1987");
      // [1] states the shown sentence; [2] recalls 1987 in its own words, cited after them
      assertThat(e.sources()).containsExactly(1);
      assertThat(e.otherWordings()).singleElement().satisfies(w -> {
        assertThat(w.sources()).containsExactly(2);
        assertThat(w.text()).contains("1987");
      });
    });
    assertThat(brief.timeline()).extracting(Brief.TimelineEvent::date).contains("2025-12", "2026-05-04")
        .doesNotContain("1987");
  }

  @Test
  void aPeriodEndsOnItsLastDay() {
    assertThat(TimelineBuilder.periodEnd("2014", "year")).isEqualTo(LocalDate.of(2014, 12, 31));
    assertThat(TimelineBuilder.periodEnd("2021-02", "month")).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(TimelineBuilder.periodEnd("2022-01-10", "day")).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(TimelineBuilder.periodEnd("2022-W02", "week")).isNull();
  }
}
