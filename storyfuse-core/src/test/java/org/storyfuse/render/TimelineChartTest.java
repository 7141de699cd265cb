package org.storyfuse.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Brief;

class TimelineChartTest {

  private static Brief.TimelineEvent event(String date, String precision, String text) {
    return new Brief.TimelineEvent(date, precision, text, List.of(1), List.of(new Brief.SentenceRef(1, 0)), List.of());
  }

  private static final List<Brief.TimelineEvent> SEEDS_LIKE = List.of(
      event("1962", "year", "the 1962 Cuban Missile Crisis"),
      event("2021-12", "month", "Russia unveiled proposals"),
      event("2022-01-09", "day", "Blinken said on Sunday"),
      event("2022-01-10", "day", "talks in Geneva"),
      event("2022-01-12", "day", "talks in Brussels"),
      event("2022-01-13", "day", "talks in Vienna"));

  @Test
  void aLongSilenceIsABreakInTheAxisSoTheStorysDaysAreSpreadOut() {
    List<LocalDate> dates = SEEDS_LIKE.stream().map(TimelineChart::start).toList();
    TimelineChart.Axis axis = TimelineChart.axis(dates);
    assertThat(axis.breaks()).hasSize(2); // 1962 → 2021-12 and 2021-12 → 2022-01-09
    double geneva = axis.at(LocalDate.of(2022, 1, 10));
    double vienna = axis.at(LocalDate.of(2022, 1, 13));
    // the four January days take most of the axis; on a linear one they shared 0.05% of it
    assertThat(vienna - axis.at(LocalDate.of(2022, 1, 9))).isGreaterThan(0.3);
    assertThat(vienna - geneva).isGreaterThan(0.2);
    assertThat(axis.at(LocalDate.of(1962, 1, 1))).isZero();
    assertThat(vienna).isEqualTo(1.0);
  }

  @Test
  void evenlySpreadDatesAreNotBroken() {
    List<LocalDate> dates = List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 9),
        LocalDate.of(2022, 1, 13));
    TimelineChart.Axis axis = TimelineChart.axis(dates);
    assertThat(axis.breaks()).isEmpty();
    assertThat(axis.at(LocalDate.of(2022, 1, 5))).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void labelsPrintTheDateAsStatedAndMarkersLinkToTheirEntry() {
    Document svg = Jsoup.parse(TimelineChart.svg(SEEDS_LIKE, "st2-"));
    List<String> labels = svg.select("text.axis-label").eachText();
    assertThat(labels).contains("1962", "2021-12", "2022-01-13");
    assertThat(String.join(" ", labels)).doesNotContain("1962-01-01").doesNotContain("2021-12-01");
    assertThat(svg.select("text.axis-break")).hasSize(2);
    assertThat(svg.select("a").eachAttr("href")).first().isEqualTo("#st2-event-1");
    assertThat(svg.select("circle")).hasSize(6);
  }

  @Test
  void oneDateIsOneMarkerAtTheStart() {
    TimelineChart.Axis axis = TimelineChart.axis(List.of(LocalDate.of(2022, 1, 10)));
    assertThat(axis.at(LocalDate.of(2022, 1, 10))).isZero();
    assertThat(Jsoup.parse(TimelineChart.svg(List.of(event("2022-01-10", "day", "x")))).select("circle")).hasSize(1);
  }
}
