package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.TimeExtractor.Tense;

/**
 * TimeRules on hand-tokenised sentences (as CoreNLP splits them: "24 - hour", "Jan.", "a.m."), with
 * the publication date Thursday 13 January 2022; values as SUTime writes them where SUTime is right.
 */
class TimeRulesTest {

  static final LocalDate THURSDAY = LocalDate.of(2022, 1, 13);

  @Test
  void weekdaysAreLeftForTenseToAnchorUnlessTheirWeekIsNamed() {
    assertThat(read("Talks were held in Geneva on Monday .")).containsExactly("Monday|DATE|XXXX-WXX-1");
    assertThat(read("The talks resumed Monday morning and ended on Tuesday night ."))
        .containsExactly("Monday morning|TIME|XXXX-WXX-1TMO", "Tuesday night|TIME|XXXX-WXX-2TNI");
    assertThat(read("He said last Monday that they meet next Tuesday and this Friday ."))
        .containsExactly("last Monday|DATE|2022-01-03", "next Tuesday|DATE|2022-01-18", "this Friday|DATE|2022-01-14");
    assertThat(read("It happened on Monday , January 10 , 2022 .")).containsExactly("Monday , January 10 , 2022|DATE|2022-01-10");
  }

  @Test
  void holidaysAndNamesAreNotWeekdaysOrMonths() {
    assertThat(read("Shops opened on Black Friday and Cyber Monday .")).containsExactly(
        "Black Friday|DATE|2022-11-25", "Cyber Monday|DATE|2022-11-28");
    assertThat(read("Black Friday 2025 came ; NFL Sunday Ticket too .")).containsExactly(
        "Black Friday|DATE|2022-11-25", "2025|DATE|2025");
    assertThat(read("Last Friday and On Monday")).containsExactly("Last Friday|DATE|2022-01-07", "Monday|DATE|XXXX-WXX-1");
    assertThat(read("Theresa/NNP/PERSON May/NNP/PERSON said she may go .")).isEmpty();
    assertThat(read("August/NNP/PERSON Wilson/NNP/PERSON wrote plays .")).isEmpty();
    assertThat(read("March on , they said .")).isEmpty();
  }

  @Test
  void monthsAndDaysWithAndWithoutYear() {
    assertThat(read("On January 10 , 2022 , officials met .")).containsExactly("January 10 , 2022|DATE|2022-01-10");
    assertThat(read("On Jan. 10 they met .")).containsExactly("Jan. 10|DATE|XXXX-01-10");
    assertThat(read("On 10 January 2022 they met .")).containsExactly("10 January 2022|DATE|2022-01-10");
    assertThat(read("The 10th of January was cold .")).containsExactly("The 10th of January|DATE|XXXX-01-10");
    assertThat(read("In May 2021 it began and in March it ended .")).containsExactly("May 2021|DATE|2021-05",
        "March|DATE|XXXX-03");
    assertThat(read("By mid-January it ended ; in early February it starts ."))
        .containsExactly("mid-January|DATE|XXXX-01", "early February|DATE|XXXX-02");
    assertThat(read("No Sept. here , nor Feb 30 .")).isEmpty();
  }

  @Test
  void yearsDecadesAndNumericDatesButNotCounts() {
    assertThat(read("It was planned in 2014 and again in the 1990s and the '90s ."))
        .containsExactly("2014|DATE|2014", "the 1990s|DATE|199X", "the '90s|DATE|199X");
    assertThat(read("in 1770 , year 2026 , 1723 of them , the second half of 2025")).containsExactly(
        "1770|DATE|1770", "year 2026|DATE|2026", "the second half of 2025|DATE|2025");
    assertThat(read("Some 2014 troops/NNS and 2000 new/JJ homes/NNS cost $ 2014 or 1999 % .")).isEmpty();
    assertThat(read("On 2022-01-10 and 1/10/2022 .")).containsExactly("2022-01-10|DATE|2022-01-10",
        "1/10/2022|DATE|2022-01-10");
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    assertThat(read("yesterday today tomorrow tonight")).containsExactly("yesterday|DATE|2022-01-12",
        "today|DATE|2022-01-13", "tomorrow|DATE|2022-01-14", "tonight|TIME|2022-01-13TNI");
    assertThat(read("last night , this morning , yesterday afternoon")).containsExactly(
        "last night|TIME|2022-01-12TNI", "this morning|TIME|2022-01-13TMO", "yesterday afternoon|TIME|2022-01-12TAF");
    assertThat(read("last week , next week , this week , last month , next month , this year , next year"))
        .containsExactly("last week|DATE|2022-W01", "next week|DATE|2022-W03", "this week|DATE|2022-W02",
            "last month|DATE|2021-12", "next month|DATE|2022-02", "this year|DATE|2022", "next year|DATE|2023");
    assertThat(read("over the past week and earlier this year and at the end of last year"))
        .containsExactly("the past week|DATE|2022-W02", "earlier this year|DATE|2022", "the end of last year|DATE|2021");
    assertThat(read("this June , last March , next January , last January")).containsExactly("this June|DATE|2022-06",
        "last March|DATE|2021-03", "next January|DATE|2023-01", "last January|DATE|2021-01");
    assertThat(read("next January 11 and over the last year")).containsExactly("next January 11|DATE|2023-01-11",
        "the last year|DATE|2022");
    assertThat(read("over the weekend , last weekend , this summer , last winter")).containsExactly(
        "the weekend|DATE|2022-W02-WE", "last weekend|DATE|2022-W01-WE", "this summer|DATE|2022-SU",
        "last winter|DATE|2021-WI");
    assertThat(read("two days ago , six months ago , a decade ago")).containsExactly("two days ago|DATE|2022-01-11",
        "six months ago|DATE|2021-07-13", "a decade ago|DATE|2012-01-13");
    assertThat(read("now , in the past , the future")).containsExactly("now|DATE|PRESENT_REF",
        "the past|DATE|PAST_REF", "the future|DATE|FUTURE_REF");
  }

  @Test
  void durationsKeepTheirQualifiers() {
    assertThat(read("The work took more than seven hours .")).containsExactly("more than seven hours|DURATION|PT7H");
    assertThat(read("a 24 - hour strike , about two days , several weeks , 1.5 hours , two decades"))
        .containsExactly("24 - hour|DURATION|PT24H", "about two days|DURATION|P2D", "several weeks|DURATION|PXW",
            "1.5 hours|DURATION|PT1.5H", "two decades|DURATION|P20Y");
    assertThat(read("over the past two weeks and the next few days")).containsExactly(
        "the past two weeks|DURATION|P2W", "the next few days|DURATION|PXD");
    assertThat(read("a second round , a minute 's silence")).isEmpty();
  }

  @Test
  void clockTimesTakeTheirDay() {
    assertThat(read("at 10 a.m. , 8pm , noon and 15:00 BST")).containsExactly("10 a.m.|TIME|2022-01-13T10:00",
        "8pm|TIME|2022-01-13T20:00", "noon|TIME|2022-01-13T12:00", "15:00 BST|TIME|2022-01-13T15:00+0100");
    assertThat(read("The boats left at 08:50 on Tuesday .")).containsExactly("08:50 on Tuesday|TIME|XXXX-WXX-2T08:50");
    assertThat(read("They meet on Monday at 10 a.m. .")).containsExactly("Monday at 10 a.m.|TIME|XXXX-WXX-1T10:00");
    assertThat(read("valid until 30 November 2025 , 23:59 EET")).containsExactly(
        "30 November 2025 , 23:59 EET|TIME|2025-11-30T23:59+0200");
    assertThat(read("The score was 13:75 and 25 p.m. never came ; it cost 6.30 in the end .")).isEmpty();
    assertThat(read("It 's 6.30 in the morning ; at 8 in the evening ; 7.15pm")).containsExactly(
        "6.30 in the morning|TIME|2022-01-13T06:30", "8 in the evening|TIME|2022-01-13T20:00",
        "7.15pm|TIME|2022-01-13T19:15");
  }

  @Test
  void setsSeasonsQuartersAndHolidays() {
    assertThat(read("every week , daily , every Monday , each year")).containsExactly("every week|SET|P1W",
        "daily|SET|P1D", "every Monday|SET|XXXX-WXX-1", "each year|SET|P1Y");
    // a weekday of each month is the calendar's rule, not the day something happened
    assertThat(read("Microsoft releases fixes on the second Tuesday of each month , and did so on Tuesday ."))
        .containsExactly("Tuesday of each month|SET|XXXX-WXX-2", "Tuesday|DATE|XXXX-WXX-2");
    assertThat(read("The board meets on the first Monday of the month and the third Friday of every quarter ."))
        .containsExactly("Monday of the month|SET|XXXX-WXX-1", "Friday of every quarter|SET|XXXX-WXX-5");
    assertThat(read("On Tuesday of last week")).containsExactly("Tuesday|DATE|XXXX-WXX-2", "last week|DATE|2022-W01");
    assertThat(read("in the summer of 2014 and in the third quarter of 2021")).containsExactly(
        "the summer of 2014|DATE|2014-SU", "the third quarter of 2021|DATE|2021-Q3");
    assertThat(read("on Christmas Day and New Year 's Eve")).containsExactly("Christmas Day|DATE|XXXX-12-25",
        "New Year 's Eve|DATE|XXXX-12-31");
  }

  @Test
  void neighbouringPartsJoinOneExpression() {
    assertThat(read("On Saturday , Jan./NNP/PERSON 1 and June 1 last year and August this year")).containsExactly(
        "Saturday , Jan. 1|DATE|XXXX-01-01", "June 1 last year|DATE|2021-06-01", "August this year|DATE|2022-08");
    assertThat(read("at 6:30am BST this morning , 12:00 noon , earlier today and Thursday 00:36:08 UTC")).containsExactly(
        "6:30am BST this morning|TIME|2022-01-13T06:30+0100", "12:00 noon|TIME|2022-01-13T12:00",
        "earlier today|DATE|2022-01-13", "Thursday 00:36:08 UTC|TIME|XXXX-WXX-4T00:36+0000");
    assertThat(read("late on Thursday , Wednesday early morning , in the year 2020")).containsExactly(
        "late on Thursday|DATE|XXXX-WXX-4", "Wednesday early morning|TIME|XXXX-WXX-3TMO", "the year 2020|DATE|2020");
    assertThat(read("in past years and the following week")).isEmpty();
    assertThat(read("on the first of June , the day before yesterday , four years from now")).containsExactly(
        "the first of June|DATE|XXXX-06-01", "the day before yesterday|DATE|2022-01-11",
        "four years from now|DATE|2026-01-13");
    assertThat(read("the first April and the second round")).containsExactly("April|DATE|XXXX-04");
    assertThat(read("Easter , Good Friday and Thanksgiving")).containsExactly("Easter|DATE|2022-04-17",
        "Good Friday|DATE|2022-04-15", "Thanksgiving|DATE|2022-11-24");
  }

  @Test
  void withoutPublicationDateOnlyStatedDatesResolve() {
    assertThat(read(null, "yesterday , last week , two days ago , on January 10 , 2022 , at 10 a.m.")).containsExactly(
        "yesterday|DATE|null", "last week|DATE|null", "two days ago|DATE|null", "January 10 , 2022|DATE|2022-01-10",
        "10 a.m.|TIME|null");
  }

  @Test
  void tenseAnchorsYearlessValues() {
    // Thursday 13 January 2022
    assertThat(TimeExtractor.anchorYearless("XXXX-WXX-1", THURSDAY, Tense.PAST)).isEqualTo("2022-01-10");
    assertThat(TimeExtractor.anchorYearless("XXXX-WXX-1", THURSDAY, Tense.FUTURE)).isEqualTo("2022-01-17");
    assertThat(TimeExtractor.anchorYearless("XXXX-WXX-1", THURSDAY, Tense.UNKNOWN)).isEqualTo("2022-01-10");
    assertThat(TimeExtractor.anchorYearless("XXXX-WXX-6", THURSDAY, Tense.UNKNOWN)).isEqualTo("2022-01-15");
    assertThat(TimeExtractor.anchorYearless("XXXX-WXX-2TNI", THURSDAY, Tense.PAST)).isEqualTo("2022-01-11TNI");
    assertThat(TimeExtractor.anchorYearless("XXXX-12-28", THURSDAY, Tense.PAST)).isEqualTo("2021-12-28");
    assertThat(TimeExtractor.anchorYearless("XXXX-02-28", THURSDAY, Tense.FUTURE)).isEqualTo("2022-02-28");
    assertThat(TimeExtractor.anchorYearless("XXXX-02-28", THURSDAY, Tense.PAST)).isEqualTo("2021-02-28");
    assertThat(TimeExtractor.anchorYearless("XXXX-12-28", THURSDAY, Tense.UNKNOWN)).isEqualTo("2021-12-28");
    assertThat(TimeExtractor.anchorYearless("XXXX-02-29", THURSDAY, Tense.UNKNOWN)).isEqualTo("XXXX-02-29");
    assertThat(TimeExtractor.anchorYearless("XXXX-02-29", LocalDate.of(2024, 1, 10), Tense.PAST)).isEqualTo("2024-02-29");
    // a future verb, but a day most of a year ahead against one days back: the near one
    assertThat(TimeExtractor.anchorYearless("XXXX-03-23", LocalDate.of(2007, 3, 29), Tense.FUTURE)).isEqualTo("2007-03-23");
    assertThat(TimeExtractor.anchorYearless("XXXX-03", THURSDAY, Tense.PAST)).isEqualTo("2021-03");
    assertThat(TimeExtractor.anchorYearless("XXXX-01", THURSDAY, Tense.PAST)).isEqualTo("2022-01");
    assertThat(TimeExtractor.anchorYearless("XXXX-03", THURSDAY, Tense.FUTURE)).isEqualTo("2022-03");
    assertThat(TimeExtractor.anchorYearless("XXXX-03", THURSDAY, Tense.UNKNOWN)).isEqualTo("2022-03");
    assertThat(TimeExtractor.anchorYearless("XXXX-12-25", LocalDate.of(2021, 12, 20), Tense.FUTURE))
        .isEqualTo("2021-12-25");
  }

  private static List<String> read(String sentence) {
    return read(THURSDAY, sentence);
  }

  /** Tokens split on spaces; "word/TAG" or "word/TAG/NER" where the rule needs them. */
  private static List<String> read(LocalDate docDate, String sentence) {
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
    return TimeRules.find(toks, docDate).stream()
        .map(f -> toks.subList(f.start(), f.end()).stream().map(Tok::text).collect(Collectors.joining(" "))
            + "|" + f.type() + "|" + f.value())
        .toList();
  }
}
