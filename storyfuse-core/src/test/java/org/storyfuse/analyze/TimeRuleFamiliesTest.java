package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each {@link TimeRules} family alone, at one token of a hand-tokenised sentence, publication date
 * Thursday 13 January 2022. {@link TimeRulesTest} reads whole sentences through the ordered list.
 */
class TimeRuleFamiliesTest {

  static final LocalDate THURSDAY = LocalDate.of(2022, 1, 13);

  @Test
  void edgedPeriods() {
    assertThat(read(EdgedPeriodRule::at, "in early March", 1)).isEqualTo("early March|DATE|XXXX-03");
    assertThat(read(EdgedPeriodRule::at, "at the end of last year", 1)).isEqualTo("the end of last year|DATE|2021");
    assertThat(read(EdgedPeriodRule::at, "the end of the third quarter", 0))
        .isEqualTo("the end of the third quarter|DATE|2022-Q3");
    assertThat(read(EdgedPeriodRule::at, "early voting", 0)).isNull();
  }

  @Test
  void weekdays() {
    assertThat(read(WeekdayRule::at, "on Tuesday night", 1)).isEqualTo("Tuesday night|TIME|XXXX-WXX-2TNI");
    assertThat(read(WeekdayRule::at, "Monday , January 10 , 2022", 0)).isEqualTo("Monday , January 10 , 2022|DATE|2022-01-10");
    assertThat(read(WeekdayRule::at, "Super Tuesday", 1)).isNull();
    assertThat(read(WeekdayRule::at, "on monday", 1)).isNull();
  }

  @Test
  void calendarDates() {
    assertThat(read(MonthDateRule::at, "Jan. 10 , 2022", 0)).isEqualTo("Jan. 10 , 2022|DATE|2022-01-10");
    assertThat(read(MonthDateRule::at, "in March", 1)).isEqualTo("March|DATE|XXXX-03");
    assertThat(read(MonthDateRule::at, "May/MD", 0)).isNull();
    assertThat(read(DayMonthDateRule::at, "the 10th of January", 0)).isEqualTo("the 10th of January|DATE|XXXX-01-10");
    assertThat(read(DayMonthDateRule::at, "30 February", 0)).isNull();
    assertThat(read(NumericDateRule::at, "1/10/2022", 0)).isEqualTo("1/10/2022|DATE|2022-01-10");
    assertThat(read(YearRule::at, "in the 1990s", 1)).isEqualTo("the 1990s|DATE|199X");
    assertThat(read(YearRule::at, "2014 troops/NNS", 0)).isNull();
  }

  @Test
  void durations() {
    assertThat(read(DurationRule::at, "more than seven hours", 0)).isEqualTo("more than seven hours|DURATION|PT7H");
    assertThat(read(DurationRule::at, "two days ago", 0)).isEqualTo("two days ago|DATE|2022-01-11");
    // the count words durations read are the old ones: not "seventy", not "dozen"
    assertThat(read(DurationRule::at, "seventy years", 0)).isNull();
    assertThat(read(DurationRule::at, "dozen years", 0)).isNull();
  }

  @Test
  void relativePeriodsAndDays() {
    assertThat(read(RelativePeriodRule::at, "last Monday", 0)).isEqualTo("last Monday|DATE|2022-01-03");
    assertThat(read(RelativePeriodRule::at, "the past week", 0)).isEqualTo("the past week|DATE|2022-W02");
    assertThat(read(RelativePeriodRule::at, "the future", 0)).isNull();
    assertThat(read(RelativeDayRule::at, "the future", 0)).isEqualTo("the future|DATE|FUTURE_REF");
    assertThat(read(RelativeDayRule::at, "earlier this morning", 0)).isEqualTo("earlier this morning|TIME|2022-01-13TMO");
    assertThat(read(RelativeDayRule::at, "last week", 0)).isNull();
  }

  @Test
  void clockTimesAndTheirDay() {
    assertThat(read(ClockTimeRule::at, "at 10 a.m.", 1)).isEqualTo("10 a.m.|TIME|2022-01-13T10:00");
    assertThat(read(ClockTimeRule::at, "15:00 BST", 0)).isEqualTo("15:00 BST|TIME|2022-01-13T15:00+0100");
    assertThat(read(ClockTimeRule::at, "6.30 percent", 0)).isNull();
    TimeReading r = reading("08:50 on Tuesday");
    TimeRules.Found clock = ClockTimeRule.at(r, 0);
    assertThat(ClockTimeRule.joined(r, clock)).isEqualTo(new TimeRules.Found(0, 3, "TIME", "XXXX-WXX-2T08:50"));
  }

  @Test
  void setsReferencesSeasonsQuartersAndHolidays() {
    assertThat(read(SetRule::at, "every Monday", 0)).isEqualTo("every Monday|SET|XXXX-WXX-1");
    assertThat(read(SetRule::at, "every decade", 0)).isNull();
    assertThat(read(ReferenceRule::at, "the current/JJ talks", 1)).isEqualTo("current|DATE|PRESENT_REF");
    assertThat(read(SeasonRule::at, "in summer 2014", 1)).isEqualTo("summer 2014|DATE|2014-SU");
    assertThat(read(QuarterRule::at, "Q3 2021", 0)).isEqualTo("Q3 2021|DATE|2021-Q3");
    assertThat(read(QuarterRule::at, "the fifth quarter", 0)).isNull();
    assertThat(read(HolidayRule::at, "Good Friday", 0)).isEqualTo("Good Friday|DATE|2022-04-15");
    assertThat(read(HolidayRule::at, "good friday", 0)).isNull();
  }

  /** What {@code rule} reads at token {@code i}: "words|TYPE|value", or null. */
  private static String read(TimeRule rule, String sentence, int i) {
    List<Tok> toks = tokens(sentence);
    TimeRules.Found f = rule.at(new TimeReading(toks, THURSDAY), i);
    return f == null ? null : toks.subList(f.start(), f.end()).stream().map(Tok::text).collect(Collectors.joining(" "))
        + "|" + f.type() + "|" + f.value();
  }

  private static TimeReading reading(String sentence) {
    return new TimeReading(tokens(sentence), THURSDAY);
  }

  /** Tokens split on spaces; "word/TAG" or "word/TAG/NER" where the rule needs them (as in TimeRulesTest). */
  private static List<Tok> tokens(String sentence) {
    List<Tok> toks = new ArrayList<>();
    int at = 0;
    for (String t : sentence.split(" ")) {
      String[] parts = t.length() > 1 ? t.split("/", -1) : new String[] {t};
      if (parts.length > 1 && !parts[1].matches("[A-Z$]+")) {
        parts = new String[] {t};
      }
      String word = parts[0];
      String pos = parts.length > 1 ? parts[1] : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
      String ner = parts.length > 2 ? parts[2] : "O";
      toks.add(new Tok(toks.size(), word, pos, ner, at, at + word.length(), 0));
      at += word.length() + 1;
    }
    return toks;
  }
}
