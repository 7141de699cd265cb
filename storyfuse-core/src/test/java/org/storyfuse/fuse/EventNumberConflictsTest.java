package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.Analyzers;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryEvent;
import org.storyfuse.story.StoryMember;

/**
 * Counts that differ between two events of one storyline are the story moving on, not a
 * discrepancy; within one event they are. Made-up reports of a ferry fire and, weeks later, the trial.
 */
class EventNumberConflictsTest {

  private static Article article(String id, String outlet, String date, String... paragraphs) {
    return new Article(id, id + ".txt", null, outlet, "Ferry fire off Tessel", null,
        PublicationDate.stated(LocalDate.parse(date), date), "en", List.of(paragraphs));
  }

  private static final Article FIRE_A = article("a", "Harbor Daily", "2031-05-02",
      "A fire on the ferry Marnet killed 12 passengers off Tessel on Friday, the coast guard said.",
      "The ferry was carrying 240 passengers from Tessel to Valmora when the fire broke out in its engine room.");
  private static final Article FIRE_B = article("b", "Northline", "2031-05-02",
      "A fire on the ferry Marnet killed 12 passengers off Tessel on Friday, officials said.",
      "The ferry was carrying 300 passengers from Tessel to Valmora, the operator Nordline said.");
  private static final Article TRIAL = article("c", "Coastal Wire", "2031-06-20",
      "The captain of the ferry Marnet went on trial in Valmora on Monday over the fire off Tessel.",
      "The ferry was carrying 180 passengers on the day of the trial's first hearing, the operator Nordline said.");

  private static Brief brief(List<StoryEvent> events) {
    List<StoryMember> members = List.of(FIRE_A, FIRE_B, TRIAL).stream()
        .map(a -> new StoryMember(a, Analyzers.rapid().analyze(a), null)).toList();
    return new BriefBuilder(org.storyfuse.embed.SharedEmbedder.get()).build(new Story("s1", members, events));
  }

  @Test
  void countsDifferWithinAnEventButNotAcrossTwo() {
    Brief twoEvents = brief(List.of(new StoryEvent("e1", List.of("a", "b")), new StoryEvent("e2", List.of("c"))));
    List<Brief.Discrepancy> numbers = twoEvents.discrepancies().stream().filter(d -> d.kind().equals("number")).toList();
    // 240 vs 300 passengers on the day of the fire is a discrepancy; the trial's 180 is another event
    assertThat(numbers).anySatisfy(d -> assertThat(d.about()).contains("240").contains("300"));
    assertThat(numbers).noneMatch(d -> d.about().contains("180"));
    Brief oneEvent = brief(List.of(new StoryEvent("e1", List.of("a", "b", "c"))));
    assertThat(oneEvent.discrepancies()).anySatisfy(d -> assertThat(d.about()).contains("180"));
  }
}
