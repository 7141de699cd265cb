package org.storyfuse.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyfuse.model.PublicationDate;

class DateTextParserTest {

  /** "Now" for every test: 1 March 2022, noon UTC. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T12:00:00Z"), ZoneOffset.UTC);

  final DateTextParser parser = new DateTextParser(CLOCK);

  @Nested
  class ParseDateOnly {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2022-01-13                          | 2022-01-13",
          "2022-1-3                            | 2022-01-03",
          "2022-01-13 16:12:00                 | 2022-01-13",
          "2022-01-13T16:12:00                 | 2022-01-13",
          "2022-01-13T16:12:00.000             | 2022-01-13",
          "January 14, 2022                    | 2022-01-14",
          "january 14, 2022                    | 2022-01-14",
          "JANUARY 14 2022                     | 2022-01-14",
          "Thursday January 13 2022            | 2022-01-13",
          "Thursday, January 13, 2022          | 2022-01-13",
          "14 January 2022                     | 2022-01-14",
          "14 January, 2022                    | 2022-01-14",
          "Wednesday 19 January 2022           | 2022-01-19",
          "Wed. 19 Jan. 2022                   | 2022-01-19",
          "Published: 11:40 AM, 14 January 2022 | 2022-01-14",
          "2022/01/13                          | 2022-01-13",
          "2022.01.13                          | 2022-01-13",
          "13.01.2022                          | 2022-01-13",
          "13-01-2022                          | 2022-01-13",
          "3.1.2022                            | 2022-01-03",
          "13/01/2022                          | 2022-01-13",
          "01/13/2022                          | 2022-01-13",
          "05/05/2021                          | 2021-05-05",
          "Jan. 13, 2022                       | 2022-01-13",
          "Jan.13, 2022                        | 2022-01-13",
          "Sept 5, 2021                        | 2021-09-05",
          "Sep. 5, 2021                        | 2021-09-05",
          "September 5th, 2021                 | 2021-09-05",
          "5th of September 2021               | 2021-09-05",
          "13-Jan-2022                         | 2022-01-13",
          "13 Jan 2022 at 4:12pm               | 2022-01-13",
          "Feb 28, 2022 11:59 PM               | 2022-02-28",
          "Posted on December 31, 2021         | 2021-12-31",
          "20220113                            | 2022-01-13",
        })
    void readsTheDay(String text, LocalDate expected) {
      PublicationDate date = parser.parse(text).orElseThrow();
      assertThat(date.date()).isEqualTo(expected);
      assertThat(date.instant()).as("no zone stated, so no instant").isNull();
      assertThat(date.inferred()).isFalse();
      assertThat(date.evidence()).isEqualTo(text.strip());
    }

    @Test
    void monthsNamedInOtherLanguagesAndCjkDates() {
      java.util.Map<String, LocalDate> dates = java.util.Map.ofEntries(
          java.util.Map.entry("12. Januar 2022", LocalDate.of(2022, 1, 12)),
          java.util.Map.entry("14 février 2022", LocalDate.of(2022, 2, 14)),
          java.util.Map.entry("12 de enero de 2022", LocalDate.of(2022, 1, 12)),
          java.util.Map.entry("4 febbraio 2022", LocalDate.of(2022, 2, 4)),
          java.util.Map.entry("12 de fevereiro de 2022", LocalDate.of(2022, 2, 12)),
          java.util.Map.entry("9 februari 2022", LocalDate.of(2022, 2, 9)),
          java.util.Map.entry("21 stycznia 2022", LocalDate.of(2022, 1, 21)),
          java.util.Map.entry("12 января 2022", LocalDate.of(2022, 1, 12)),
          java.util.Map.entry("18 ŞUBAT 2022", LocalDate.of(2022, 2, 18)),
          java.util.Map.entry("1 Ocak 2022", LocalDate.of(2022, 1, 1)),
          java.util.Map.entry("2022年1月12日", LocalDate.of(2022, 1, 12)),
          java.util.Map.entry("2022년 1월 12일", LocalDate.of(2022, 1, 12)));
      dates.forEach((text, date) -> assertThat(parser.parse(text)).as(text).get()
          .extracting(PublicationDate::date).isEqualTo(date));
      // a month's name alone, or inside another word, is no date
      assertThat(parser.findAll("the marzo 2022 budget")).isEmpty();
      assertThat(parser.findAll("12 maiden 2022")).isEmpty();
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
      PublicationDate date = parser.parse("  14 January 2022 \r\n").orElseThrow();
      assertThat(date.date()).isEqualTo(LocalDate.of(2022, 1, 14));
      assertThat(date.evidence()).isEqualTo("14 January 2022");
    }

    @Test
    void noBreakSpacesInsideDates() {
      assertThat(parser.parse("Dhaka, Wednesday\u00a0 19 January 2022").orElseThrow().date())
          .isEqualTo(LocalDate.of(2022, 1, 19));
      assertThat(parser.parse("14\u202fJanuary\u00a02022").orElseThrow().date())
          .isEqualTo(LocalDate.of(2022, 1, 14));
    }

    @Test
    void aDateGluedToTheNextWordOfAPagesDump() {
      assertThat(parser.parse("Posted on June 29, 2020November 12, 2021").orElseThrow().date())
          .isEqualTo(LocalDate.of(2020, 6, 29));
      assertThat(parser.parse("Published 12 January 2021Updated 14 January 2021").orElseThrow().date())
          .isEqualTo(LocalDate.of(2021, 1, 12));
      // a lower-case letter after the digits makes them no year
      assertThat(parser.parse("June 29, 2021st")).isEmpty();
      // the same for a month named in another language
      assertThat(parser.parse("Veröffentlicht am 12. Juni 2021Aktualisiert am 13. Juni 2021").orElseThrow().date())
          .isEqualTo(LocalDate.of(2021, 6, 12));
      assertThat(parser.parse("12 de março de 2021a")).isEmpty();
    }

    @Test
    void firstOfSeveralDatesWins() {
      PublicationDate date =
          parser
              .parse("Published: 11:40 AM, 14 January 2022  Updated: 02:05 PM, 15 January 2022")
              .orElseThrow();
      assertThat(date.date()).isEqualTo(LocalDate.of(2022, 1, 14));
    }

    @Test
    void implausibleFirstDateIsSkippedForAPlausibleOne() {
      assertThat(parser.parse("01/01/1970 or 2022-01-13").orElseThrow().date())
          .isEqualTo(LocalDate.of(2022, 1, 13));
    }
  }

  @Nested
  class ParseInstant {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2022-01-13T16:12:00Z                    | 2022-01-13T16:12Z",
          "2022-01-13T16:12Z                       | 2022-01-13T16:12Z",
          "2022-01-13T16:12:00.123Z                | 2022-01-13T16:12Z",
          "2022-01-13T16:12:00+03:00               | 2022-01-13T16:12+03:00",
          "2022-01-13T16:12:00+0300                | 2022-01-13T16:12+03:00",
          "2022-01-13T16:12:00+03                  | 2022-01-13T16:12+03:00",
          "2022-01-13T16:12:00.000-05:00           | 2022-01-13T16:12-05:00",
          "2022-01-13 16:12:00 UTC                 | 2022-01-13T16:12Z",
          "Thu, 13 Jan 2022 16:12:00 GMT           | 2022-01-13T16:12Z",
          "Thu, 13 Jan 2022 16:12:00 +0000         | 2022-01-13T16:12Z",
          "Thu, 13 Jan 2022 16:12:00 -0500         | 2022-01-13T16:12-05:00",
          "Jan 13, 2022 16:12 UTC                  | 2022-01-13T16:12Z",
          "January 13, 2022 4:12 p.m. EST          | 2022-01-13T16:12-05:00",
          "13 Jan 2022 at 4:12pm GMT               | 2022-01-13T16:12Z",
          "Thu Jan 13 2022 16:12:00 GMT+0000 (Coordinated Universal Time) | 2022-01-13T16:12Z",
          "13 January 2022 19:12 GMT+3             | 2022-01-13T19:12+03:00",
          "13 January 2022 21:42 UTC+05:30         | 2022-01-13T21:42+05:30",
          "11:40 AM GMT, 14 January 2022           | 2022-01-14T11:40Z",
          "12:05 am UTC on 14 January 2022         | 2022-01-14T00:05Z",
          "12:30 PM (UTC), 14 January 2022         | 2022-01-14T12:30Z",
          "1642090320                              | 2022-01-13T16:12Z",
          "1642090320000                           | 2022-01-13T16:12Z",
          "1642090320.5                            | 2022-01-13T16:12:00.500Z",
        })
    void readsTheInstant(String text, OffsetDateTime expected) {
      PublicationDate date = parser.parse(text).orElseThrow();
      assertThat(date.instant()).isEqualTo(expected);
      assertThat(date.date()).isEqualTo(expected.toLocalDate());
    }

    @Test
    void theDayIsTheDayInTheStatedZone() {
      PublicationDate date = parser.parse("2022-01-13T23:30:00-05:00").orElseThrow();
      assertThat(date.date()).isEqualTo(LocalDate.of(2022, 1, 13));
      assertThat(date.instant().toInstant()).isEqualTo(Instant.parse("2022-01-14T04:30:00Z"));
    }

    @Test
    void ambiguousZoneAbbreviationGivesNoInstant() {
      PublicationDate date = parser.parse("January 13, 2022 4:12 PM IST").orElseThrow();
      assertThat(date.date()).isEqualTo(LocalDate.of(2022, 1, 13));
      assertThat(date.instant()).isNull();
    }

    @Test
    void impossibleTimeKeepsTheDate() {
      PublicationDate date = parser.parse("13 January 2022 25:61 UTC").orElseThrow();
      assertThat(date.date()).isEqualTo(LocalDate.of(2022, 1, 13));
      assertThat(date.instant()).isNull();
    }
  }

  @Nested
  class Rejects {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
        strings = {
          "",
          "   ",
          "yesterday",
          "last month",
          "January 2022",
          "Jan 13",
          "13 Jan",
          "2022",
          "12 Shares",
          "2 mins read",
          "Photo: Collected",
          "2022-13-01",
          "2022-02-30",
          "31 February 2022",
          "30.02.2022",
          "00.01.2022",
          "04/05/2022",
          "1989-12-31",
          "December 31, 1989",
          "01.01.1970",
          "0",
          "1234567",
          "99999999999999",
          "2022-03-04",
          "March 10, 2022",
          "2030-01-01T00:00:00Z",
          "not a date 12:30",
          "Version 1.2.2022a",
        })
    void nonsense(String text) {
      assertThat(parser.parse(text)).isEmpty();
    }

    @Test
    void nullIsNoDate() {
      assertThat(parser.parse(null)).isEmpty();
    }

    @Test
    void twoDaysAheadIsTolerated() {
      assertThat(parser.parse("2022-03-03")).isPresent();
      assertThat(parser.parse("2022-03-03T11:59:00Z")).isPresent();
      assertThat(parser.parse("2022-03-03T12:01:00Z")).isEmpty();
      assertThat(parser.parse("2022-03-04")).isEmpty();
      assertThat(parser.parse("1990-01-01")).isPresent();
    }

    @Test
    void clockDecidesWhatIsFuture() {
      DateTextParser later =
          new DateTextParser(Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC));
      assertThat(later.parse("2030-01-01T00:00:00Z")).isPresent();
    }
  }

  @Nested
  class FindAll {

    @Test
    void spansAndMatchedTextInRunningText() {
      String text =
          "Security talks at the mission in Geneva, Switzerland January 10, 2022. (Reuters photo) "
              + "A second round followed on 12 Jan 2022 in Brussels.";
      List<DateMention> found = parser.findAll(text);
      assertThat(found).hasSize(2);
      DateMention first = found.get(0);
      assertThat(first.date()).isEqualTo(LocalDate.of(2022, 1, 10));
      assertThat(first.matched()).isEqualTo("January 10, 2022");
      assertThat(text.substring(first.start(), first.end())).isEqualTo(first.matched());
      assertThat(found.get(1).matched()).isEqualTo("12 Jan 2022");
      assertThat(found.get(1).instant()).isNull();
    }

    @Test
    void timeBeforeAndAfterBelongsToTheMention() {
      String text = "Published: 11:40 AM, 14 January 2022 | Updated: 14 January 2022 14:05 UTC";
      List<DateMention> found = parser.findAll(text);
      assertThat(found).extracting(DateMention::matched)
          .containsExactly("11:40 AM, 14 January 2022", "14 January 2022 14:05 UTC");
      assertThat(found.get(0).instant()).isNull();
      assertThat(found.get(1).instant()).isEqualTo(OffsetDateTime.parse("2022-01-14T14:05Z"));
      assertThat(text.substring(0, found.get(0).start())).isEqualTo("Published: ");
    }

    @Test
    void weekdayIsPartOfTheMention() {
      List<DateMention> found = parser.findAll("Dhaka, Wednesday 19 January 2022");
      assertThat(found).singleElement().satisfies(m -> {
        assertThat(m.matched()).isEqualTo("Wednesday 19 January 2022");
        assertThat(m.start()).isEqualTo(7);
      });
    }

    @Test
    void wrongWeekdayDoesNotVoidTheDate() {
      assertThat(parser.findAll("Monday, 13 January 2022")).singleElement()
          .extracting(DateMention::date).isEqualTo(LocalDate.of(2022, 1, 13));
    }

    @Test
    void onlyFullDates() {
      assertThat(
              parser.findAll(
                  "Last month, in December, and on Monday, and in January 2022, and on Jan 13, "
                      + "and in 1962, 75 years, 12:30, 3/4 of them, 1.5 million, Marching 13 2022."))
          .isEmpty();
    }

    @Test
    void noPlausibilityFilterInRunningText() {
      List<DateMention> found =
          parser.findAll("The crisis of October 27, 1962 and the summit planned for 1 May 2030.");
      assertThat(found).extracting(DateMention::date)
          .containsExactly(LocalDate.of(1962, 10, 27), LocalDate.of(2030, 5, 1));
      assertThat(parser.isPlausible(found.get(0).date())).isFalse();
      assertThat(parser.isPlausible(found.get(1).date())).isFalse();
    }

    @Test
    void numberThatIsNotATimeStaysOutOfTheMention() {
      List<DateMention> found = parser.findAll("On January 14, 2022 12 people were hurt.");
      assertThat(found).singleElement().extracting(DateMention::matched)
          .isEqualTo("January 14, 2022");
    }

    @Test
    void adjacentDatesDoNotSwallowEachOther() {
      List<DateMention> found = parser.findAll("2022-01-13 2022-01-14 13.01.2022, 14/01/2022");
      assertThat(found).extracting(DateMention::date)
          .containsExactly(
              LocalDate.of(2022, 1, 13), LocalDate.of(2022, 1, 14),
              LocalDate.of(2022, 1, 13), LocalDate.of(2022, 1, 14));
    }

    @Test
    void notInsideLongerNumbers() {
      assertThat(parser.findAll("id 112022-01-134 and 1.13.01.2022 and 131.01.2022")).isEmpty();
    }

    @Test
    void emptyAndNull() {
      assertThat(parser.findAll("")).isEmpty();
      assertThat(parser.findAll(null)).isEmpty();
    }

    @Test
    void everyMonthNameShortAndLong() {
      String[] longNames = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
      };
      for (int i = 0; i < 12; i++) {
        String shortName = longNames[i].substring(0, 3);
        LocalDate expected = LocalDate.of(2021, i + 1, 9);
        assertThat(parser.findAll("on " + longNames[i] + " 9, 2021.")).singleElement()
            .extracting(DateMention::date).isEqualTo(expected);
        assertThat(parser.findAll("on 9 " + shortName + ". 2021.")).singleElement()
            .extracting(DateMention::date).isEqualTo(expected);
        assertThat(parser.findAll("on 9 " + shortName.toUpperCase() + " 2021.")).singleElement()
            .extracting(DateMention::date).isEqualTo(expected);
      }
    }

    @Test
    void everyWeekdayNameShortAndLong() {
      for (String day :
          List.of("Mon", "Monday", "Tue", "Tues", "Tuesday", "Wed", "Wednesday", "Thu", "Thur",
              "Thurs", "Thursday", "Fri", "Friday", "Sat", "Saturday", "Sun", "Sunday")) {
        assertThat(parser.findAll("x " + day + ", 10 Jan 2022 y")).singleElement()
            .extracting(DateMention::matched).isEqualTo(day + ", 10 Jan 2022");
      }
    }
  }

  @Test
  void threadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LocalDate>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String text = (i % 2 == 0) ? "Thu, 13 Jan 2022 16:12:00 GMT" : "14 January 2022";
        results.add(pool.submit(() -> parser.parse(text).orElseThrow().date()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(LocalDate.of(2022, 1, i % 2 == 0 ? 13 : 14));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
