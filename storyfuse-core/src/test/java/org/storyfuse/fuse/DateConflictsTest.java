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
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;
import org.storyfuse.text.SentenceSplitter;

class DateConflictsTest {

  private static AnalyzedArticle analysed(String id, String published, String dayWord, String day) {
    Article a = new Article(id, id + ".txt", null, "Wire " + id, "Accord signed in Lisbon", null,
        PublicationDate.stated(LocalDate.parse(published), published), "en", List.of(
            "The two foreign ministers signed the fisheries accord in Lisbon on " + dayWord + " after a night of talks.",
            "Trawler crews in both countries had waited three years for the deal " + id + "."));
    var sentences = new SentenceSplitter().split(a);
    int at = sentences.get(0).text().indexOf(dayWord);
    TimeMention t = new TimeMention(dayWord, "DATE", day, day, "day", 0, at, at + dayWord.length());
    return new AnalyzedArticle(a, Profile.FAST, "en", true, List.of(), sentences, 0, List.of(), List.of(),
        List.of(), List.of(t), List.of(), List.of());
  }

  private static Brief build(AnalyzedArticle... analyses) {
    List<StoryMember> members = new java.util.ArrayList<>();
    for (AnalyzedArticle a : analyses) {
      members.add(new StoryMember(a.article(), a, null));
    }
    return new BriefBuilder(org.storyfuse.embed.SharedEmbedder.get()).build(new Story("s", members));
  }

  @Test
  void theSameClaimDatedToDifferentDaysIsADateDiscrepancy() {
    Brief brief = build(analysed("a", "2026-03-11", "Monday", "2026-03-09"),
        analysed("b", "2026-03-11", "Tuesday", "2026-03-10"));
    assertThat(brief.discrepancies()).filteredOn(d -> d.kind().equals("date")).singleElement().satisfies(d -> {
      assertThat(d.about()).isEqualTo("date: 2026-03-09 vs 2026-03-10");
      assertThat(d.claims()).hasSize(2);
    });
  }

  @Test
  void agreeingDatesAreNoDiscrepancy() {
    Brief brief = build(analysed("a", "2026-03-11", "Monday", "2026-03-09"),
        analysed("b", "2026-03-12", "March 9", "2026-03-09"));
    assertThat(brief.claims()).isNotEmpty();
    assertThat(brief.discrepancies()).noneMatch(d -> d.kind().equals("date"));
  }
}
