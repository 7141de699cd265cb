package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void dropsStopwordsAndFoldsPossessivesAndPlurals() {
    assertThat(Terms.of("Russia's talks with the West were at a dead end"))
        .containsExactly("russia", "talk", "west", "dead", "end");
  }

  @Test
  void keepsNumbersWithoutThousandsSeparators() {
    assertThat(Terms.of("100,000 troops and 4.5 percent")).containsExactly("100000", "troop", "4.5", "percent");
  }

  @Test
  void foldsDiacriticsAndCurlyApostrophes() {
    assertThat(Terms.of("Zürich’s café")).containsExactly("zurich", "cafe");
  }

  @Test
  void keepsWordsEndingInUsOrSs() {
    assertThat(Terms.of("bonus class virus")).containsExactly("bonus", "class", "virus");
  }

  @Test
  void emptyAndNullGiveNoTerms() {
    assertThat(Terms.of(null)).isEmpty();
    assertThat(Terms.of("  ... !! ")).isEmpty();
  }
}
