package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;

class StoryClustererTest {

  private static Article article(String id, String title, String... paragraphs) {
    return new Article(id, id + ".txt", null, null, title, null, null, "en", List.of(paragraphs));
  }

  private final List<Article> articles = List.of(
      article("a1", "Floods close Valmora port",
          "The Port of Valmora closed on Monday after the Tessin River flooded its quays.",
          "About 4,000 residents of the Marnet district were evacuated."),
      article("a2", "Valmora port shut by Tessin floods",
          "Floods from the Tessin River shut the Port of Valmora and forced residents of Marnet from homes."),
      article("a3", "Kestrel recalls K2 e-bikes",
          "Kestrel Motors recalled 42,000 K2 e-bikes after battery fires during charging."),
      article("a4", "Battery fires prompt Kestrel e-bike recall",
          "Owners of Kestrel K2 e-bikes should stop charging them, the company said after battery fires."));

  @Test
  void separatesTwoStories() {
    List<Storyline> lines = new StoryClusterer().cluster(articles);
    assertThat(lines).extracting(Storyline::members)
        .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("a3", "a4"));
    // every article in exactly one event of its storyline
    for (Storyline l : lines) {
      assertThat(l.events().stream().flatMap(List::stream).sorted().toList()).isEqualTo(l.members());
    }
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(new StoryClusterer().cluster(shuffled)).isEqualTo(new StoryClusterer().cluster(articles));
  }

  @Test
  void emptyInputGivesNoStories() {
    assertThat(new StoryClusterer().cluster(List.of())).isEmpty();
  }

  @Test
  void sentenceInitialWordsAreNotNames() {
    assertThat(EntityKeys.of("Witnesses said the bus left the road near Lumton. Police closed the road to Lumton."))
        .containsExactly("lumton");
    assertThat(EntityKeys.ofTitle("Lindsay Lohan Checks Into Betty Ford", "Lindsay Lohan checks into the Betty Ford Center."))
        .contains("lindsay lohan", "betty ford center").doesNotContain("checks");
  }
}
