package org.storyfuse.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthsTest {

  @Test
  void namesAndAbbreviationsGiveTheMonthNumber() {
    assertThat(Months.ofName("january")).isEqualTo(1);
    assertThat(Months.ofName("may")).isEqualTo(5);
    assertThat(Months.ofName("december")).isEqualTo(12);
    assertThat(Months.ofAbbreviation("jan")).isEqualTo(1);
    assertThat(Months.ofAbbreviation("sep")).isEqualTo(9);
    assertThat(Months.ofAbbreviation("sept")).isEqualTo(9);
    assertThat(Months.ofNameOrAbbreviation("sept")).isEqualTo(9);
    assertThat(Months.ofNameOrAbbreviation("may")).isEqualTo(5);
  }

  @Test
  void otherWordsAreNoMonth() {
    // "may" is a name, not an abbreviation; lookups take lower case without a dot
    assertThat(Months.ofAbbreviation("may")).isZero();
    assertThat(Months.ofName("jan")).isZero();
    assertThat(Months.ofName("January")).isZero();
    assertThat(Months.ofAbbreviation("jan.")).isZero();
    assertThat(Months.ofNameOrAbbreviation("monday")).isZero();
    assertThat(Months.ofNameOrAbbreviation("")).isZero();
  }

  @Test
  void everyAbbreviationStartsItsMonthsName() {
    assertThat(Months.NAMES).hasSize(12);
    for (String a : Months.ABBREVIATIONS) {
      assertThat(Months.NAMES.get(Months.ofAbbreviation(a) - 1)).startsWith(a);
    }
    // all twelve months have a three-letter form among the names and abbreviations
    for (String name : Months.NAMES) {
      assertThat(Months.ofNameOrAbbreviation(name.substring(0, 3))).isEqualTo(Months.ofName(name));
    }
  }
}
