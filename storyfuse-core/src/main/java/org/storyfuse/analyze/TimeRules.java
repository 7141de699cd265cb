package org.storyfuse.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The time expressions of news text read by rules, for the RAPID profile: SUTime's TokensRegex
 * rules try every pattern at every token and cost more than the POS tagger and the CRF together
 * (docs/BENCHMARKS.md), while news uses a small, regular set of expressions. Values are TIMEX3
 * values as SUTime writes them ("2022-01-10", "2021-12", "2022-W02", "PT7H", "P1W",
 * "2022-01-13T10:00", "PRESENT_REF"), resolved against the publication date — except where the
 * tense of the clause decides (a bare weekday, "March 3", "in March", "Monday morning"): those
 * come out year-less ("XXXX-WXX-1", "XXXX-03-03", "XXXX-03") and {@link TimeExtractor} anchors
 * them by tense. docs/EVALUATION.md measures the agreement with SUTime on real articles.
 *
 * <p>The rules come in families, one small class each ({@link TimeRule}); this class is the
 * ordered list that tries them at each token, the first family to read an expression there
 * winning, and then lets a clock time join the day next to it ({@link ClockTimeRule#joined}).
 * Stateless and thread-safe.
 */
final class TimeRules {

  /** One expression: tokens [start, end) of the sentence, its TIMEX3 type and value (may be null). */
  record Found(int start, int end, String type, String value) {}

  /** Calendar dates, tried in this order wherever a date may stand (also inside other families). */
  private static final List<TimeRule> CALENDAR = List.of(
      WeekdayRule::at,        // "Monday", "Tuesday night", "Monday, January 10, 2022"
      MonthDateRule::at,      // "January 10", "Jan. 10, 2022", "May 2021", "March", "mid-January"
      DayMonthDateRule::at,   // "10 January 2022", "the 10th of January"
      NumericDateRule::at,    // "2022-01-10", "1/10/2022"
      YearRule::at);          // "2014", "the year 2020", "the 1990s"

  /** Dates relative to the publication date's. */
  private static final List<TimeRule> RELATIVE = List.of(
      RelativePeriodRule::at, // "last week", "next March", "this Friday", "the past week"
      RelativeDayRule::at);   // "yesterday", "tonight", "the day before yesterday", "earlier today"

  /**
   * Every family, in the order they are tried at a token. The order matters where two could read
   * the same words: an edged period before its inner date ("early March"), a duration before a
   * relative period ("the past two weeks" is a duration, "the past week" a date).
   */
  private static final List<TimeRule> FAMILIES = Stream.of(
          List.<TimeRule>of(EdgedPeriodRule::at), // "early March", "the end of last year"
          CALENDAR,
          List.<TimeRule>of(DurationRule::at),    // "more than seven hours", "two days ago"
          RELATIVE,
          List.<TimeRule>of(
              QuarterRule::at,                    // "the third quarter of 2021", "Q3 2021"
              ClockTimeRule::at,                  // "10 a.m.", "15:00 BST", "noon"
              SetRule::at,                        // "daily", "every Monday"
              ReferenceRule::at,                  // "now", "recently"
              SeasonRule::at,                     // "in the summer of 2014"
              HolidayRule::at))                   // "Christmas Day", "Easter", "Black Friday"
      .flatMap(List::stream).toList();

  private TimeRules() {}

  /** The time expressions of one sentence's tokens, left to right, not overlapping. */
  static List<Found> find(List<Tok> sentence, LocalDate docDate) {
    TimeReading r = new TimeReading(sentence, docDate);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < r.size()) {
      Found f = at(r, i);
      if (f != null && f.end() > i) {
        out.add(f);
        i = f.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The expression starting at token i: the first family's, joined with a clock time or day next to it; or null. */
  static Found at(TimeReading r, int i) {
    Found f = first(FAMILIES, r, i);
    return f == null ? null : ClockTimeRule.joined(r, f);
  }

  /** A calendar date at token i ({@link #CALENDAR}), or null. */
  static Found calendar(TimeReading r, int i) {
    return first(CALENDAR, r, i);
  }

  /** A date relative to the publication date's at token i ({@link #RELATIVE}), or null. */
  static Found relative(TimeReading r, int i) {
    return first(RELATIVE, r, i);
  }

  private static Found first(List<TimeRule> rules, TimeReading r, int i) {
    for (TimeRule rule : rules) {
      Found f = rule.at(r, i);
      if (f != null) {
        return f;
      }
    }
    return null;
  }
}
