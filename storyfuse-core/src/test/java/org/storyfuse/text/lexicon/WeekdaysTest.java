package org.storyfuse.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class WeekdaysTest {

  @Test
  void namesAndAbbreviations() {
    assertThat(Weekdays.NAMES).containsExactly(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    assertThat(Weekdays.ofName("monday")).isEqualTo(DayOfWeek.MONDAY);
    assertThat(Weekdays.ofName("sunday")).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(Weekdays.ofAbbreviation("tues")).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(Weekdays.ofAbbreviation("thurs")).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(Weekdays.ofAbbreviation("thu")).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(Weekdays.ofShortName("sat")).isEqualTo(DayOfWeek.SATURDAY);
  }

  @Test
  void shortNamesAreThreeLettersOnly() {
    assertThat(Weekdays.ofShortName("tues")).isNull();
    assertThat(Weekdays.ofShortName("thur")).isNull();
    assertThat(Weekdays.ofShortName("monday")).isNull();
    assertThat(Weekdays.ofShortName("mon.")).isNull();
    assertThat(Weekdays.ofName("mon")).isNull();
    assertThat(Weekdays.ofName("Monday")).isNull();
    assertThat(Weekdays.ofAbbreviation("may")).isNull();
  }
}
