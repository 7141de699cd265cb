package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Comparator;
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

  static final double SAME_EVENT_COSINE = 0.30;
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
    return build(analyses, sources, nodesByArticle, (a, b) -> false, n -> false);
  }

  /**
   * @param aligned  whether two sentences state the same fact ({@link ClaimAligner}): same date and
   *                 aligned is one event, however different the wording
   * @param offStory sentences that are not about the story (a paragraph on another matter inside an
   *                 article): never timeline entries
   */
  static Timeline build(
      List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources,
      Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle,
      java.util.function.BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> aligned,
      java.util.function.Predicate<BriefBuilder.SentenceNode> offStory) {
    String first = sources.timeSpan().first();
    java.time.LocalDate cutoff = first == null ? null : java.time.LocalDate.parse(first).minusDays(BACKGROUND_DAYS);
    Map<String, List<Dated>> byDate = new TreeMap<>();
    Map<String, String> precisionOf = new TreeMap<>();
    for (AnalyzedArticle a : analyses) {
      Map<Integer, BriefBuilder.SentenceNode> nodes = nodesByArticle.getOrDefault(a.article().id(), Map.of());
      // each sentence is one entry, under the latest date it names: "followed his comments last month
      // in which he compared the tensions with the 1962 crisis" is December's event, not 1962's
      Map<Integer, TimeMention> latest = new TreeMap<>();
      for (TimeMention t : a.times()) {
        BriefBuilder.SentenceNode node = nodes.get(t.sentence());
        if (!t.isCalendarDate() || node == null || periodEnd(t.date(), t.precision()) == null) {
          continue;
        }
        TimeMention was = latest.get(t.sentence());
        if (was == null || periodEnd(t.date(), t.precision()).isAfter(periodEnd(was.date(), was.precision()))) {
          latest.put(t.sentence(), t);
        }
      }
      latest.forEach((sentence, t) -> {
        BriefBuilder.SentenceNode node = nodes.get(sentence);
        if (offStory.test(node) || !Standalone.test(node.sentence().text())) {
          return; // another matter, or a sentence that cannot be read without the one before it
        }
        byDate.computeIfAbsent(t.date(), k -> new ArrayList<>()).add(new Dated(t.date(), t.precision(), node));
        precisionOf.put(t.date(), t.precision());
      });
    }
    // names every independent source uses ("Russia" in a Russia story) say nothing about which event
    Map<String, Set<Integer>> naming = new java.util.HashMap<>();
    nodesByArticle.values().forEach(m -> m.values().forEach(n -> Support.names(n.sentence().text())
        .forEach(name -> naming.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(sources.independentOf(n.source())))));
    Set<String> everywhere = new java.util.HashSet<>();
    naming.forEach((name, s) -> {
      if (s.size() >= sources.independentCount()) {
        everywhere.add(name);
      }
    });
    List<Brief.TimelineEvent> out = new ArrayList<>();
    List<Brief.TimelineEvent> background = new ArrayList<>();
    byDate.forEach((date, dated) -> {
      java.time.LocalDate end = periodEnd(date, precisionOf.get(date));
      if (cutoff != null && end != null && end.isBefore(cutoff)) {
        // one entry a background date, citing every source that recalls it
        background.add(event(date, precisionOf.get(date), dated, sources));
        return;
      }
      List<List<Dated>> events = groupEvents(dated, aligned, everywhere);
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

  /**
   * Single-link grouping of one date's sentences into events: similar wording (TF-IDF cosine ≥
   * {@value #SAME_EVENT_COSINE}), aligned by meaning, or the same actors (two or more names in
   * common, one of them not named by every source: "Ryabkov and Sherman met in Geneva on Monday" /
   * "Ryabkov and his American counterpart, Wendy Sherman, held on Monday seven hours of talks").
   */
  private static List<List<Dated>> groupEvents(List<Dated> dated,
      java.util.function.BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> aligned,
      Set<String> everywhere) {
    List<List<Dated>> groups = new ArrayList<>();
    for (Dated d : dated) {
      List<Dated> home = null;
      for (java.util.Iterator<List<Dated>> it = groups.iterator(); it.hasNext(); ) {
        List<Dated> g = it.next();
        boolean close = g.stream().anyMatch(o -> o.node().vector().cosine(d.node().vector()) >= SAME_EVENT_COSINE
            || aligned.test(o.node(), d.node()) || sameActors(o.node(), d.node(), everywhere));
        if (close) {
          if (home == null) {
            home = g;
          } else {
            home.addAll(g); // d links two events: they are one (the grouping must not depend on the order)
            it.remove();
          }
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

  private static boolean sameActors(BriefBuilder.SentenceNode a, BriefBuilder.SentenceNode b, Set<String> everywhere) {
    Set<String> shared = new java.util.HashSet<>(Support.names(a.sentence().text()));
    shared.retainAll(Support.names(b.sentence().text()));
    shared.removeAll(CALENDAR);
    return shared.size() >= 2 && !everywhere.containsAll(shared);
  }

  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "today", "yesterday");

  private static Set<Integer> independentSources(List<Dated> group, BriefBuilder.SourceTable sources) {
    Set<Integer> s = new LinkedHashSet<>();
    group.forEach(d -> s.add(sources.independentOf(d.node().source())));
    return s;
  }

  private static Brief.TimelineEvent event(
      String date, String precision, List<Dated> group, BriefBuilder.SourceTable sources) {
    // the event's wording: the most central sentence of the group, preferring concise ones
    Map<Integer, List<BriefBuilder.SentenceNode>> bySource = new TreeMap<>();
    group.stream()
        .sorted(Comparator.comparingInt((Dated d) -> d.node().source()).thenComparingInt(d -> d.node().sentence().index()))
        .forEach(d -> bySource.computeIfAbsent(sources.independentOf(d.node().source()), k -> new ArrayList<>())
            .add(d.node()));
    Dated best = group.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Dated d : group) {
      // the wording most of the event's sources state, then the most central, concise one
      double score = 10.0 * Citations.stating(d.node().sentence().text(), bySource);
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
    // cited after the entry: the sources with a sentence here that states it; the others after their own words
    String text = best.node().sentence().text();
    Citations.Cited cited = Citations.of(text, bySource);
    return new Brief.TimelineEvent(date, precision, text, cited.support(), cited.evidence(), cited.otherWordings());
  }
}
