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
 * month" → the month's first day), unless that date is background (its period ends more than
 * {@link TimelineBuilder#BACKGROUND_DAYS} days before the story's first publication day: "after
 * 1997" does not date what a minister said this week). A sentence that names no such date is dated
 * by the earliest publication day of the sources that state it (news reports what just happened).
 * A sentence with no time at all keeps its rank among the others' times; equal times keep the
 * selection's order (most important first).
 */
final class StoryOrder {

  private StoryOrder() {}

  /** Article id → sentence index → the date it names (period start), background dates left out. */
  static Map<String, Map<Integer, LocalDate>> sentenceDates(List<AnalyzedArticle> analyses, String storyFirstDay) {
    LocalDate cutoff = storyFirstDay == null ? null
        : LocalDate.parse(storyFirstDay).minusDays(TimelineBuilder.BACKGROUND_DAYS);
    Map<String, Map<Integer, LocalDate>> out = new HashMap<>();
    for (AnalyzedArticle a : analyses) {
      Map<Integer, LocalDate> dates = new HashMap<>();
      for (TimeMention t : a.times()) {
        if (!t.isCalendarDate()) {
          continue;
        }
        LocalDate end = TimelineBuilder.periodEnd(t.date(), t.precision());
        LocalDate start = periodStart(t.date());
        if (end == null || start == null || (cutoff != null && end.isBefore(cutoff))) {
          continue;
        }
        dates.merge(t.sentence(), start, (x, y) -> x.isAfter(y) ? x : y);
      }
      out.put(a.article().id(), dates);
    }
    return out;
  }

  static LocalDate periodStart(String date) {
    try {
      if (date.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(date), 1, 1);
      }
      if (date.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(date + "-01");
      }
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(date);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  /**
   * @param timeOf a sentence's time (named date, else the earliest publication day of its sources),
   *               null when unknown
   */
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

  /** A summary sentence's time: the latest date its sentences name, else its sources' first publication day. */
  static LocalDate timeOf(Brief.SummarySentence s, Map<Integer, String> articleIdOfSource,
      Map<String, Map<Integer, LocalDate>> sentenceDates, Map<Integer, LocalDate> publishedOf) {
    LocalDate named = null;
    LocalDate published = null;
    for (Brief.SentenceRef ref : s.evidence()) {
      LocalDate d = sentenceDates.getOrDefault(articleIdOfSource.get(ref.source()), Map.of()).get(ref.sentence());
      if (d != null && (named == null || d.isAfter(named))) {
        named = d;
      }
      LocalDate p = publishedOf.get(ref.source());
      if (p != null && (published == null || p.isBefore(published))) {
        published = p;
      }
    }
    return named != null ? named : published;
  }
}
