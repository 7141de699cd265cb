package org.storyfuse.eval.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordBudgetTest {

  @Test
  void countsWhitespaceSeparatedWords() {
    assertThat(WordBudget.words("  U.S. aid rose 20%  today. ")).isEqualTo(5);
    assertThat(WordBudget.words("")).isZero();
  }

  @Test
  void cutsTheSentenceThatCrossesTheBudget() {
    assertThat(WordBudget.truncate(List.of("a b c", "d  e f", "g"), 4)).containsExactly("a b c", "d");
    assertThat(WordBudget.truncate(List.of("a b c", "d e f"), 6)).containsExactly("a b c", "d e f");
    assertThat(WordBudget.truncate(List.of("a b c", " ", "d"), 10)).containsExactly("a b c", "d");
  }
}
