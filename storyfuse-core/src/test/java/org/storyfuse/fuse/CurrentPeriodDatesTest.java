package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Brief;

/** Which coarse dates place a sentence in its story's time ({@link TimelineBuilder#holdsTheStory}). */
class CurrentPeriodDatesTest {

  private static final Brief.TimeSpan TWO_MARCH_DAYS = new Brief.TimeSpan("2026-03-10", "2026-03-11");

  private static TimeMention mention(String text, String date, String precision) {
    return new TimeMention(text, "DATE", date, date, precision, 0, 0, text.length());
  }

  @Test
  void theWritersOwnYearOrMonthAroundTheWholeStoryPlacesNothing() {
    assertThat(TimelineBuilder.holdsTheStory(mention("this year", "2026", "year"), TWO_MARCH_DAYS)).isTrue();
    assertThat(TimelineBuilder.holdsTheStory(mention("earlier this month", "2026-03", "month"), TWO_MARCH_DAYS)).isTrue();
  }

  @Test
  void aNamedPeriodADayOrAPeriodThatDoesNotHoldTheStoryIsKept() {
    assertThat(TimelineBuilder.holdsTheStory(mention("March", "2026-03", "month"), TWO_MARCH_DAYS)).isFalse();
    assertThat(TimelineBuilder.holdsTheStory(mention("this Tuesday", "2026-03-10", "day"), TWO_MARCH_DAYS)).isFalse();
    // a story running from December into January: "this month" (January) does not hold it
    assertThat(TimelineBuilder.holdsTheStory(mention("this month", "2026-01", "month"),
        new Brief.TimeSpan("2025-12-28", "2026-01-04"))).isFalse();
    assertThat(TimelineBuilder.holdsTheStory(mention("this year", "2026", "year"), new Brief.TimeSpan(null, null)))
        .isFalse();
  }
}
