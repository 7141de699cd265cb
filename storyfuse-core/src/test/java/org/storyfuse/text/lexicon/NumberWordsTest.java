package org.storyfuse.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void cardinalsDozenAndHundred() {
    assertThat(NumberWords.value("zero")).isZero();
    assertThat(NumberWords.value("two")).isEqualTo(2);
    assertThat(NumberWords.value("nineteen")).isEqualTo(19);
    assertThat(NumberWords.value("twenty")).isEqualTo(20);
    assertThat(NumberWords.value("twenty-one")).isEqualTo(21);
    assertThat(NumberWords.value("ninety-nine")).isEqualTo(99);
    assertThat(NumberWords.value("dozen")).isEqualTo(12);
    assertThat(NumberWords.value("hundred")).isEqualTo(100);
    assertThat(NumberWords.isNumberWord("seventy")).isTrue();
  }

  @Test
  void notNumberWords() {
    assertThat(NumberWords.value("twenty one")).isEqualTo(-1);
    assertThat(NumberWords.value("twenty-zero")).isEqualTo(-1);
    assertThat(NumberWords.value("thousand")).isEqualTo(-1);
    assertThat(NumberWords.value("a")).isEqualTo(-1);
    assertThat(NumberWords.value("Two")).isEqualTo(-1);
    assertThat(NumberWords.isNumberWord("first")).isFalse();
  }

  @Test
  void scales() {
    assertThat(NumberWords.scale("thousand")).isEqualTo(1e3);
    assertThat(NumberWords.scale("million")).isEqualTo(1e6);
    assertThat(NumberWords.scale("trillion")).isEqualTo(1e12);
    assertThat(NumberWords.scale("hundred")).isZero();
    assertThat(NumberWords.scale("bn")).isZero();
  }

  @Test
  void ordinals() {
    assertThat(NumberWords.ordinal("first")).isEqualTo(1);
    assertThat(NumberWords.ordinal("twelfth")).isEqualTo(12);
    assertThat(NumberWords.ordinal("twentieth")).isEqualTo(20);
    assertThat(NumberWords.ordinal("twenty-first")).isEqualTo(21);
    assertThat(NumberWords.ordinal("thirtieth")).isEqualTo(30);
    assertThat(NumberWords.ordinal("thirty-first")).isEqualTo(31);
    assertThat(NumberWords.ordinal("ninety-ninth")).isEqualTo(99);
    assertThat(NumberWords.ordinal("one")).isZero();
    assertThat(NumberWords.ordinal("twenty-one")).isZero();
  }
}
