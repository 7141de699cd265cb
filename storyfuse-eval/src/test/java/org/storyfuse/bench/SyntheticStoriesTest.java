package org.storyfuse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

class SyntheticStoriesTest {

  /** A made-up article of {@code n} numbered sentences in paragraphs of four. */
  private static Article article(String id, int n) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      p.append(p.length() == 0 ? "" : " ").append("Sentence number ").append(i).append(" of ").append(id).append(" says a thing.");
      if (i % 4 == 0 || i == n) {
        paragraphs.add(p.toString());
        p.setLength(0);
      }
    }
    return new Article(id, id + ".txt", null, "outlet-" + id, "Title " + id, null,
        PublicationDate.stated(LocalDate.of(2026, 3, 10), "test"), "en", paragraphs);
  }

  private static Set<String> sentences(Article a) {
    Set<String> out = new HashSet<>();
    for (String p : a.paragraphs()) {
      for (String s : p.split("(?<=\\.) ")) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  void variantsFollowTheOriginalsUntilTheCountAndAreTheSameForTheSameSeed() {
    List<Article> originals = List.of(article("a", 40), article("b", 40));
    List<Article> corpus = SyntheticStories.variants(originals, 7, 0.6, 42);
    assertThat(corpus).extracting(Article::id).containsExactly("a", "b", "a~v1", "b~v1", "a~v2", "b~v2", "a~v3");
    assertThat(corpus.get(2).outlet()).isEqualTo("v1.outlet-a");
    assertThat(corpus.get(2).title()).isEqualTo("Title a");
    assertThat(SyntheticStories.variants(originals, 7, 0.6, 42)).isEqualTo(corpus);
    assertThat(SyntheticStories.variants(originals, 7, 0.6, 43)).isNotEqualTo(corpus);
  }

  @Test
  void aVariantKeepsTheLeadAndAboutItsShareOfSentencesInOrderAndTwoVariantsShareLess() {
    Article original = article("a", 200);
    List<Article> corpus = SyntheticStories.variants(List.of(original), 3, 0.6, 7);
    Article v1 = corpus.get(1);
    Article v2 = corpus.get(2);
    assertThat(v1.paragraphs().get(0)).startsWith("Sentence number 1 of a ");
    Set<String> all = sentences(original);
    Set<String> kept1 = sentences(v1);
    assertThat(all).containsAll(kept1);
    assertThat(kept1.size()).isBetween(100, 140); // 0.6 of 200, give or take the chance
    Set<String> shared = new HashSet<>(kept1);
    shared.retainAll(sentences(v2));
    assertThat(shared.size()).isBetween(50, 95); // about 0.36 of 200
    // in the original's order
    java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("number (\\d+) of").matcher(String.join(" ", v1.paragraphs()));
    List<Integer> order = new ArrayList<>();
    while (numbers.find()) {
      order.add(Integer.parseInt(numbers.group(1)));
    }
    assertThat(order).isSorted().hasSize(kept1.size());
  }

  @Test
  void aShortArticleKeepsAtLeastThreeSentences() {
    Article original = article("a", 3);
    for (int seed = 0; seed < 20; seed++) {
      assertThat(sentences(SyntheticStories.variants(List.of(original), 2, 0.1, seed).get(1))).hasSize(3);
    }
  }

  @Test
  void aKeepShareOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> SyntheticStories.variants(List.of(article("a", 5)), 3, 1.0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep");
  }
}
