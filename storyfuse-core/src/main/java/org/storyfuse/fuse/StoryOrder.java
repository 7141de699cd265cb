package org.storyfuse.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Brief;

/**
 * Puts the summary's sentences in story order: by when what they tell happened, not by score, so
 * the summary reads as the story ran (the Geneva talks on Monday before Thursday's "dead end").
 *
 * <p>A sentence's time is the latest calendar date it names (resolved by the analysis stage against
 * its article's publication date: "on Monday" → 2022-01-10), at the start of its period ("last
 * month" → the month's first day; a period that holds the article's publication day — "this year" —
 * is that day), unless that date is background (its period ends more than
 * {@link TimelineBuilder#BACKGROUND_DAYS} days before the story's first publication day: "after
 * 1997" does not date what a minister said this week). A sentence that names no such date stays
 * right after the sentence ranked just above it (the first such sentence goes first): publication
 * days are too coarse to order by — a later outlet's lead retells the first day's news. Equal times
 * keep the selection's order (most important first).
 */
final class StoryOrder {

  private StoryOrder() {}

  /** A date a sentence names: the start and end of its period. */
  record Named(LocalDate start, LocalDate end) {}

  /** Article id → sentence index → the latest date it names, background dates left out. */
  static Map<String, Map<Integer, Named>> sentenceDates(List<AnalyzedArticle> analyses, String storyFirstDay) {
    LocalDate cutoff = storyFirstDay == null ? null
        : LocalDate.parse(storyFirstDay).minusDays(TimelineBuilder.BACKGROUND_DAYS);
    Map<String, Map<Integer, Named>> out = new HashMap<>();
    for (AnalyzedArticle a : analyses) {
      Map<Integer, Named> dates = new HashMap<>();
      for (TimeMention t : a.times()) {
        if (!t.isCalendarDate()) {
          continue;
        }
        LocalDate end = TimelineBuilder.periodEnd(t.date(), t.precision());
        LocalDate start = TimelineBuilder.periodStart(t.date());
        if (end == null || start == null || (cutoff != null && end.isBefore(cutoff))) {
          continue;
        }
        dates.merge(t.sentence(), new Named(start, end), (x, y) -> x.end().isAfter(y.end()) ? x : y);
      }
      out.put(a.article().id(), dates);
    }
    return out;
  }

  /** @param timeOf a sentence's time (the date it names), null when unknown */
  static List<Brief.SummarySentence> sort(List<Brief.SummarySentence> summary,
      java.util.function.Function<Brief.SummarySentence, LocalDate> timeOf) {
    List<LocalDate> times = new ArrayList<>();
    summary.forEach(s -> times.add(timeOf.apply(s)));
    // an undated sentence borrows the time of the sentence ranked just above it (the first: the earliest)
    LocalDate carried = times.stream().filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    for (int i = 0; i < times.size(); i++) {
      if (times.get(i) == null) {
        times.set(i, carried);
      } else {
        carried = times.get(i);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < summary.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> times.get(i), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(i -> i));
    return order.stream().map(summary::get).toList();
  }

  /**
   * A summary sentence's time: the latest date its sentences name, null when they name none. A month or a year is placed at its start, unless it holds the day its source
   * was published: "bikes bought this year" is dated by the article, not by 1 January.
   */
  static LocalDate timeOf(Brief.SummarySentence s, Map<Integer, String> articleIdOfSource,
      Map<String, Map<Integer, Named>> sentenceDates, Map<Integer, LocalDate> publishedOf) {
    LocalDate named = null;
    for (Brief.SentenceRef ref : s.evidence()) {
      LocalDate p = publishedOf.get(ref.source());
      Named n = sentenceDates.getOrDefault(articleIdOfSource.get(ref.source()), Map.of()).get(ref.sentence());
      if (n != null) {
        LocalDate d = p != null && !p.isBefore(n.start()) && !p.isAfter(n.end()) ? p : n.start();
        if (named == null || d.isAfter(named)) {
          named = d;
        }
      }
    }
    return named;
  }
}
