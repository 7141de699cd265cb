package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordOverlapTest {

  @Test
  void bagOfWordsPrecisionAndRecall() {
    WordOverlap.Score s = WordOverlap.score("The cat sat. Share this!", "the cat sat on the mat");
    // predicted: the cat sat share this (5); reference: the cat sat on the mat (6); overlap 3
    assertThat(s.precision()).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(3 / 6.0, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * 0.6 * 0.5 / 1.1, within(1e-9));
  }

  @Test
  void repeatedWordsCountAsOftenAsTheyOccurInBoth() {
    WordOverlap.Score s = WordOverlap.score("news news news", "news");
    assertThat(s.precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void wordsAreLowercaseUnicodeWordCharacters() {
    assertThat(WordOverlap.bag("Émile's CAFÉ_2 — naïve, 42")).containsOnlyKeys("émile", "s", "café_2", "naïve", "42");
  }

  @Test
  void emptySidesFollowTheBenchmarkRules() {
    assertThat(WordOverlap.score("", "")).isEqualTo(new WordOverlap.Score(1, 1));
    assertThat(WordOverlap.score("something", "")).isEqualTo(new WordOverlap.Score(0, 0));
    assertThat(WordOverlap.score("", "reference text")).isEqualTo(new WordOverlap.Score(0, 0));
    assertThat(WordOverlap.score(null, "reference")).isEqualTo(new WordOverlap.Score(0, 0));
  }
}
