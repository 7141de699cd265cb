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
 * about the same date and the same happening ({@link SameEvent}) are merged into one event citing
 * all of them. Oldest first; at most {@value #MAX_EVENTS_PER_DATE}
 * events a date, the most widely reported ones.
 */
final class TimelineBuilder {

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
   * @param aligned  whether two sentences state the same fact (aligned by {@link ClaimAligner}, or
   *                 of one {@link ClaimList} claim): same date and same fact is one event, however
   *                 different the wording
   * @param offStory sentences that are not about the story (a paragraph on another matter inside an
   *                 article): never timeline entries
   */
  static Timeline build(
      List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources,
      Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle,
      java.util.function.BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> aligned,
      java.util.function.Predicate<BriefBuilder.SentenceNode> offStory) {
    return build(analyses, sources, nodesByArticle, aligned, offStory, null);
  }

  /**
   * @param vectors unit sentence vectors for the given nodes (parallel, null where there is none), for
   *                {@link SameMeaningOfADate}; null: none
   */
  static Timeline build(
      List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources,
      Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle,
      java.util.function.BiPredicate<BriefBuilder.SentenceNode, BriefBuilder.SentenceNode> aligned,
      java.util.function.Predicate<BriefBuilder.SentenceNode> offStory,
      java.util.function.Function<List<BriefBuilder.SentenceNode>, float[][]> vectors) {
    String first = sources.timeSpan().first();
    java.time.LocalDate cutoff = first == null ? null : java.time.LocalDate.parse(first).minusDays(BACKGROUND_DAYS);
    Map<String, List<Dated>> byDate = new TreeMap<>();
    Map<String, String> precisionOf = new TreeMap<>();
    Map<BriefBuilder.SentenceNode, TimeMention> dateOf = new java.util.IdentityHashMap<>();
    java.util.Set<String> withRunningText = Standalone.articlesWithRunningText(
        nodesByArticle.values().stream().flatMap(m -> m.values().stream()).toList());
    for (AnalyzedArticle a : analyses) {
      Map<Integer, BriefBuilder.SentenceNode> nodes = nodesByArticle.getOrDefault(a.article().id(), Map.of());
      // each sentence is one entry, under the latest date it names: "followed his comments last month
      // in which he compared the tensions with the 1962 crisis" is December's event, not 1962's
      Map<Integer, TimeMention> latest = new TreeMap<>();
      // sentences that name their day: there a bare time of day is that day's hour, not a later date
      Set<Integer> namingADay = new java.util.HashSet<>();
      for (TimeMention t : a.times()) {
        if (t.isCalendarDate() && !ClockOnly.test(t)) {
          namingADay.add(t.sentence());
        }
      }
      for (TimeMention t : a.times()) {
        BriefBuilder.SentenceNode node = nodes.get(t.sentence());
        if (!t.isCalendarDate() || node == null || periodEnd(t.date(), t.precision()) == null
            || (ClockOnly.test(t) && namingADay.contains(t.sentence()))) {
          continue;
        }
        // "Ryabkov, who led the talks on Monday, said …": Monday is the clause's, not the sentence's
        // event; history recalled that way is still background ("…, which ended in 1962")
        if (!isBackground(t.date(), t.precision(), cutoff) && RelativeClauseDates.inside(node.sentence().text(), t.begin())) {
          continue;
        }
        // "Bikes bought this year are not affected" in a story of two March days: a year or month
        // that holds the whole story says nothing of when in it the sentence happened
        if (holdsTheStory(t, sources.timeSpan())) {
          continue;
        }
        TimeMention was = latest.get(t.sentence());
        if (was == null || periodEnd(t.date(), t.precision()).isAfter(periodEnd(was.date(), was.precision()))) {
          latest.put(t.sentence(), t);
        }
      }
      latest.forEach((sentence, t) -> {
        BriefBuilder.SentenceNode node = nodes.get(sentence);
        if (offStory.test(node) || !Standalone.test(node, withRunningText)) {
          return; // another matter, or a sentence that cannot be read without the one before it
        }
        byDate.computeIfAbsent(t.date(), k -> new ArrayList<>()).add(new Dated(t.date(), t.precision(), node));
        dateOf.put(node, t);
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
    // by meaning only within a day or a month: a year is no one development's date ("came into 2010 as
    // the leading rusher" / "an injury-plagued 2010 season"), and background dates are one entry anyway
    Map<String, List<BriefBuilder.SentenceNode>> recentByDate = new TreeMap<>();
    byDate.forEach((date, dated) -> {
      String precision = precisionOf.get(date);
      if (!"year".equals(precision) && !isBackground(date, precision, cutoff)) {
        recentByDate.put(date, dated.stream().map(Dated::node).toList());
      }
    });
    SameMeaningOfADate sameMeaning = SameMeaningOfADate.of(recentByDate, sources, vectors);
    SameEvent sameEvent = new SameEvent(aligned.or(sameMeaning::test), everywhere,
        eventPlaces(analyses, sources, nodesByArticle, dateOf), DatedStatements.speakers(analyses, nodesByArticle, dateOf));
    List<Brief.TimelineEvent> out = new ArrayList<>();
    List<Brief.TimelineEvent> background = new ArrayList<>();
    byDate.forEach((date, dated) -> {
      if (isBackground(date, precisionOf.get(date), cutoff)) {
        // one entry a background date, citing every source that recalls it
        background.add(event(date, precisionOf.get(date), dated, sources));
        return;
      }
      List<List<Dated>> events = groupEvents(dated, sameEvent);
      events.sort(Comparator.comparingInt((List<Dated> g) -> -independentSources(g, sources).size())
          .thenComparingInt(g -> g.get(0).node().source() * 10_000 + g.get(0).node().sentence().index()));
      for (List<Dated> group : events.subList(0, Math.min(MAX_EVENTS_PER_DATE, events.size()))) {
        out.add(event(date, precisionOf.get(date), group, sources));
      }
    });
    return new Timeline(List.copyOf(out), List.copyOf(background));
  }

  /** Whether a date's period ends before {@code cutoff} (null: the story has no first day): background. */
  private static boolean isBackground(String date, String precision, java.time.LocalDate cutoff) {
    java.time.LocalDate end = periodEnd(date, precision);
    return cutoff != null && end != null && end.isBefore(cutoff);
  }

  /** "this year", "earlier this month", "the current year": the period the writer is in. */
  private static final java.util.regex.Pattern CURRENT_PERIOD =
      java.util.regex.Pattern.compile("\\b(?:this|current)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Whether a date is the writer's own year or month ("this year") and that period spans every
   * publication day of the story. A named period ("in March") is kept: the writer chose to date it.
   */
  static boolean holdsTheStory(TimeMention t, Brief.TimeSpan span) {
    if ("day".equals(t.precision()) || span.first() == null || span.last() == null
        || !CURRENT_PERIOD.matcher(t.text()).find()) {
      return false;
    }
    java.time.LocalDate end = periodEnd(t.date(), t.precision());
    java.time.LocalDate start = periodStart(t.date());
    return start != null && end != null && !start.isAfter(java.time.LocalDate.parse(span.first()))
        && !end.isBefore(java.time.LocalDate.parse(span.last()));
  }

  /** The first day of a date's period ("2014" → 2014-01-01, "2021-12" → 2021-12-01), null if unreadable. */
  static java.time.LocalDate periodStart(String date) {
    try {
      if (date.matches("\\d{4}")) {
        return java.time.LocalDate.of(Integer.parseInt(date), 1, 1);
      }
      if (date.matches("\\d{4}-\\d{2}")) {
        return java.time.LocalDate.parse(date + "-01");
      }
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return java.time.LocalDate.parse(date);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
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

  /** Single-link grouping of one date's sentences into events ({@link SameEvent}). */
  private static List<List<Dated>> groupEvents(List<Dated> dated, SameEvent sameEvent) {
    List<List<Dated>> groups = new ArrayList<>();
    for (Dated d : dated) {
      List<Dated> home = null;
      for (java.util.Iterator<List<Dated>> it = groups.iterator(); it.hasNext(); ) {
        List<Dated> g = it.next();
        boolean close = g.stream().anyMatch(o -> sameEvent.test(o.node(), d.node()));
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

  /**
   * Per dated sentence, where its event happens: the place (entity key, from the analysis) written
   * nearest its date ("in Orsa on Monday and Tarnow on Wednesday": Wednesday's is Tarnow), unless
   * every independent source names that place (where the whole story happens says nothing about
   * which event). Sentences that name no such place are absent.
   */
  private static Map<BriefBuilder.SentenceNode, String> eventPlaces(List<AnalyzedArticle> analyses,
      BriefBuilder.SourceTable sources, Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle,
      Map<BriefBuilder.SentenceNode, TimeMention> dateOf) {
    Map<BriefBuilder.SentenceNode, String> placeOf = new java.util.IdentityHashMap<>();
    Map<BriefBuilder.SentenceNode, Integer> distanceOf = new java.util.IdentityHashMap<>();
    Map<String, Set<Integer>> namedBy = new java.util.HashMap<>();
    for (AnalyzedArticle a : analyses) {
      Map<Integer, BriefBuilder.SentenceNode> nodes = nodesByArticle.getOrDefault(a.article().id(), Map.of());
      for (org.storyfuse.analyze.EntityMention m : a.mentions()) {
        BriefBuilder.SentenceNode node = nodes.get(m.sentence());
        if (m.kind() != org.storyfuse.analyze.EntityKind.LOCATION || node == null) {
          continue;
        }
        namedBy.computeIfAbsent(m.key(), k -> new java.util.HashSet<>()).add(sources.independentOf(node.source()));
        TimeMention t = dateOf.get(node);
        if (t == null) {
          continue;
        }
        int distance = m.end() <= t.begin() ? t.begin() - m.end() : Math.max(0, m.begin() - t.end());
        Integer was = distanceOf.get(node);
        // ties: the earlier mention, as the mentions come in text order
        if (was == null || distance < was) {
          distanceOf.put(node, distance);
          placeOf.put(node, m.key());
        }
      }
    }
    placeOf.values().removeIf(key -> namedBy.get(key).size() >= sources.independentCount());
    return placeOf;
  }

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
