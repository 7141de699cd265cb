package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Brief;

/**
 * The brief's timeline: every sentence that names a calendar date (resolved against its article's
 * publication date by the analysis stage) is an event on that date; sentences of different sources
 * about the same date and the same happening (TF-IDF cosine ≥ {@value #SAME_EVENT_COSINE}) are
 * merged into one event citing all of them. Oldest first; at most {@value #MAX_EVENTS_PER_DATE}
 * events a date, the most widely reported ones.
 */
final class TimelineBuilder {

  static final double SAME_EVENT_COSINE = 0.20;
  static final int MAX_EVENTS_PER_DATE = 3;
  /** Words beyond this make a timeline line hard to scan; such sentences lose to shorter ones. */
  private static final int CONCISE_WORDS = 40;

  private TimelineBuilder() {}

  /**
   * A date whose period ends more than this many days before the story's first publication day is
   * background (1962, 1997 or 2014 in a 2022 story), not a development of the story.
   */
  static final int BACKGROUND_DAYS = 365;

  /** The story's timeline and its background: history the sources recall, one entry a date. */
  record Timeline(List<Brief.TimelineEvent> events, List<Brief.TimelineEvent> background) {}

  /** A dated sentence: the date at its precision and the sentence node it stands in. */
  private record Dated(String date, String precision, BriefBuilder.SentenceNode node) {}

  static Timeline build(
      List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources,
      Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle) {
    String first = sources.timeSpan().first();
    java.time.LocalDate cutoff = first == null ? null : java.time.LocalDate.parse(first).minusDays(BACKGROUND_DAYS);
    Map<String, List<Dated>> byDate = new TreeMap<>();
    Map<String, String> precisionOf = new TreeMap<>();
    for (AnalyzedArticle a : analyses) {
      Map<Integer, BriefBuilder.SentenceNode> nodes = nodesByArticle.getOrDefault(a.article().id(), Map.of());
      Set<String> seen = new LinkedHashSet<>();
      for (TimeMention t : a.times()) {
        BriefBuilder.SentenceNode node = nodes.get(t.sentence());
        if (!t.isCalendarDate() || node == null || !seen.add(t.date() + "#" + t.sentence())) {
          continue;
        }
        byDate.computeIfAbsent(t.date(), k -> new ArrayList<>()).add(new Dated(t.date(), t.precision(), node));
        precisionOf.put(t.date(), t.precision());
      }
    }
    List<Brief.TimelineEvent> out = new ArrayList<>();
    List<Brief.TimelineEvent> background = new ArrayList<>();
    byDate.forEach((date, dated) -> {
      java.time.LocalDate end = periodEnd(date, precisionOf.get(date));
      if (cutoff != null && end != null && end.isBefore(cutoff)) {
        // one entry a background date, citing every source that recalls it
        background.add(event(date, precisionOf.get(date), dated, sources));
        return;
      }
      List<List<Dated>> events = groupEvents(dated, sources);
      events.sort(Comparator.comparingInt((List<Dated> g) -> -independentSources(g, sources).size())
          .thenComparingInt(g -> g.get(0).node().source() * 10_000 + g.get(0).node().sentence().index()));
      for (List<Dated> group : events.subList(0, Math.min(MAX_EVENTS_PER_DATE, events.size()))) {
        out.add(event(date, precisionOf.get(date), group, sources));
      }
    });
    return new Timeline(List.copyOf(out), List.copyOf(background));
  }

  /** The last day of a date's period ("2014" → 2014-12-31, "2021-12" → 2021-12-31), null if unreadable. */
  static java.time.LocalDate periodEnd(String date, String precision) {
    try {
      if (date.matches("\\d{4}")) {
        return java.time.LocalDate.of(Integer.parseInt(date), 12, 31);
      }
      if (date.matches("\\d{4}-\\d{2}")) {
        return java.time.YearMonth.parse(date).atEndOfMonth();
      }
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return java.time.LocalDate.parse(date);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  /** Single-link grouping of one date's sentences by similarity; each source's sentences stay apart. */
  private static List<List<Dated>> groupEvents(List<Dated> dated, BriefBuilder.SourceTable sources) {
    List<List<Dated>> groups = new ArrayList<>();
    for (Dated d : dated) {
      List<Dated> home = null;
      for (List<Dated> g : groups) {
        boolean close = g.stream().anyMatch(o -> o.node().vector().cosine(d.node().vector()) >= SAME_EVENT_COSINE);
        if (close) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(d);
    }
    return groups;
  }

  private static Set<Integer> independentSources(List<Dated> group, BriefBuilder.SourceTable sources) {
    Set<Integer> s = new LinkedHashSet<>();
    group.forEach(d -> s.add(sources.independentOf(d.node().source())));
    return s;
  }

  private static Brief.TimelineEvent event(
      String date, String precision, List<Dated> group, BriefBuilder.SourceTable sources) {
    // the event's wording: the most central sentence of the group, preferring concise ones
    Dated best = group.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Dated d : group) {
      double score = 0;
      for (Dated o : group) {
        score += d == o ? 0 : d.node().vector().cosine(o.node().vector());
      }
      if (d.node().words() > CONCISE_WORDS) {
        score -= 1;
      }
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    Map<Integer, Brief.SentenceRef> evidence = new LinkedHashMap<>();
    group.stream()
        .sorted(Comparator.comparingInt((Dated d) -> d.node().source()).thenComparingInt(d -> d.node().sentence().index()))
        .forEach(d -> evidence.putIfAbsent(sources.independentOf(d.node().source()),
            new Brief.SentenceRef(d.node().source(), d.node().sentence().index())));
    Map<Integer, Brief.SentenceRef> ordered = new TreeMap<>(evidence);
    return new Brief.TimelineEvent(date, precision, best.node().sentence().text(),
        List.copyOf(ordered.keySet()), List.copyOf(ordered.values()));
  }
}
