package org.storyfuse.analyze;

import java.util.Objects;

/**
 * A time expression, normalised against the article's publication date (by SUTime in the FULL and FAST
 * profiles, by our own rules, {@code TimeRules}, in RAPID).
 *
 * @param text       as written ("on Monday" is reported as "Monday", "last month")
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value      the TIMEX3 value: "2022-01-10", "2021-12", "2022-W02", "PT7H", "PAST_REF", ...
 * @param date       the absolute calendar date it names, ISO-8601 at its precision ("2022-01-10",
 *                   "2021-12", "2014"), or null for durations, sets, vague or unresolved references
 * @param precision  "day", "month", "year" or "week" (then {@code date} is the week's ISO name
 *                   "2022-W02"), or null when {@code date} is null
 * @param sentence   index of the sentence it stands in: the event it dates is that sentence
 * @param begin      character offset in the sentence's text
 * @param end        character offset just past it
 */
public record TimeMention(
    String text, String type, String value, String date, String precision, int sentence, int begin, int end) {

  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  /** True when this names a calendar day, month or year (what a timeline can use). */
  public boolean isCalendarDate() {
    return date != null && !"week".equals(precision);
  }
}
