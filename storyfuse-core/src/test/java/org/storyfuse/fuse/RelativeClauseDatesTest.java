package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeClauseDatesTest {

  private static boolean inside(String sentence, String date) {
    return RelativeClauseDates.inside(sentence, sentence.indexOf(date));
  }

  @Test
  void aDateBetweenACommaSetRelativePronounAndTheClausesEnd() {
    assertThat(inside("Ryabkov, who led the talks in Geneva on Monday, said it was hard to trust them.", "Monday")).isTrue();
    assertThat(inside("The sailors, who were detained on March 23 are released.", "March 23")).isTrue();
    assertThat(inside("The post office, which was demolished in July.", "July")).isTrue();
  }

  @Test
  void aDateOfTheMainClause() {
    assertThat(inside("Ryabkov, who led the talks, said on Thursday that they had failed.", "Thursday")).isFalse();
    assertThat(inside("The talks ended on Monday.", "Monday")).isFalse();
    assertThat(inside("The council, which met in Brussels — and again on Monday, ended.", "Monday")).isFalse();
  }

  @Test
  void restrictiveClausesAndReportedSpeechAreLeftAlone() {
    assertThat(inside("The talks that began on Monday ended in Vienna.", "Monday")).isFalse();
    assertThat(inside("Officials said that the talks on Monday had failed.", "Monday")).isFalse();
  }
}
