package org.storyfuse.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyfuse.text.lexicon.Months;
import org.storyfuse.text.lexicon.Weekdays;

/** The regex fragments built from the lexicon read exactly the words the hand-written ones did. */
class NamesTest {

  @Test
  void fragmentsGroupTheFormsByTheirFirstThreeLetters() {
    assertThat(Names.MONTH).isEqualTo("\\b(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?"
        + "|jul(?:y)?|aug(?:ust)?|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
    assertThat(Names.WEEKDAY).isEqualTo("\\b(?:mon(?:day)?|tue(?:sday|s)?|wed(?:nesday)?|thu(?:rsday|rs|r)?"
        + "|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\b");
  }

  @Test
  void everyNameAndAbbreviationMatchesWholeAndGivesItsMonth() {
    Pattern month = Pattern.compile(Names.MONTH, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (List<String> words : List.of(Months.NAMES, Months.ABBREVIATIONS)) {
      for (String w : words) {
        assertThat(month.matcher(w).matches()).as(w).isTrue();
        assertThat(month.matcher(w.toUpperCase(java.util.Locale.ROOT)).matches()).as(w).isTrue();
        assertThat(Names.month(w)).as(w).isEqualTo(Months.ofNameOrAbbreviation(w));
      }
    }
    assertThat(Names.month("SEPT")).isEqualTo(9);
    assertThat(month.matcher("janu").matches()).isFalse();
    assertThat(month.matcher("mayo").matches()).isFalse();
    Pattern weekday = Pattern.compile(Names.WEEKDAY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (List<String> words : List.of(Weekdays.NAMES, Weekdays.ABBREVIATIONS)) {
      words.forEach(w -> assertThat(weekday.matcher(w).matches()).as(w).isTrue());
    }
    assertThat(weekday.matcher("thursd").matches()).isFalse();
  }

  @Test
  void aLongSThePatternLetsInStaysJanuaryAsBefore() {
    // "ſ" matches "s" case-insensitively under UNICODE_CASE; the old index arithmetic read it as January
    assertThat(Pattern.compile(Names.MONTH, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher("ſeptember").matches()).isTrue();
    assertThat(Names.month("ſeptember")).isEqualTo(1);
    assertThat(Names.month("Aprıl")).isEqualTo(4);
  }
}
