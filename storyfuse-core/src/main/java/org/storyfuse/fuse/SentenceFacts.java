package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityMention;
import org.storyfuse.text.Terms;

/**
 * What a sentence is about beyond its wording: the entities it names (cross-article keys, from the
 * analysis stage) and the numbers it states, resolved calendar dates included ("on Monday" in a
 * Friday report = 2022-01-10). Two sentences that share these and mean the same are
 * one claim; two that merely read alike ("talks in Geneva" / "talks in Vienna") are not.
 */
record SentenceFacts(Set<String> entities, Set<String> numbers, Set<String> days, Set<String> figures,
    Set<String> mainClauseDays) {

  static final SentenceFacts NONE = new SentenceFacts(Set.of(), Set.of(), Set.of(), Set.of());

  /** Facts whose every day is named in the sentence's main clause. */
  SentenceFacts(Set<String> entities, Set<String> numbers, Set<String> days, Set<String> figures) {
    this(entities, numbers, days, figures, days);
  }

  /** @param terms each node's {@link Terms} (parallel to {@code nodes}: the brief has them already) */
  static List<SentenceFacts> of(List<BriefBuilder.SentenceNode> nodes, List<List<String>> terms,
      Map<String, AnalyzedArticle> analyses) {
    Map<String, Map<Integer, Set<String>>> entitiesByArticle = new HashMap<>();
    Map<String, Map<Integer, List<org.storyfuse.analyze.TimeMention>>> datesByArticle = new HashMap<>();
    analyses.forEach((id, a) -> {
      Map<Integer, List<org.storyfuse.analyze.TimeMention>> dates = new HashMap<>();
      for (org.storyfuse.analyze.TimeMention t : a.times()) {
        if (DateConflicts.namesADay(t)) {
          dates.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
      }
      datesByArticle.put(id, dates);
      Map<Integer, Set<String>> bySentence = new HashMap<>();
      for (EntityMention m : a.mentions()) {
        if (m.kind() != EntityKind.OTHER) {
          bySentence.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(m.key());
        }
      }
      entitiesByArticle.put(id, bySentence);
    });
    List<SentenceFacts> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      BriefBuilder.SentenceNode n = nodes.get(i);
      Set<String> entities = entitiesByArticle.getOrDefault(n.sentence().articleId(), Map.of())
          .getOrDefault(n.sentence().index(), Set.of());
      Set<String> days = new HashSet<>();
      Set<String> mainClauseDays = new HashSet<>();
      for (org.storyfuse.analyze.TimeMention t : datesByArticle.getOrDefault(n.sentence().articleId(), Map.of())
          .getOrDefault(n.sentence().index(), List.of())) {
        days.add(t.date());
        if (!RelativeClauseDates.inside(n.sentence().text(), t.begin())) {
          mainClauseDays.add(t.date());
        }
      }
      Set<String> numbers = new HashSet<>(days);
      Set<String> figures = new HashSet<>();
      for (String t : terms.get(i)) {
        if (Character.isDigit(t.charAt(0))) {
          numbers.add(t);
          figures.add(t);
        }
      }
      out.add(entities.isEmpty() && numbers.isEmpty() ? NONE
          : new SentenceFacts(Set.copyOf(entities), Set.copyOf(numbers), Set.copyOf(days), Set.copyOf(figures),
              Set.copyOf(mainClauseDays)));
    }
    return out;
  }

  int sharedEntities(SentenceFacts other, java.util.function.Predicate<String> counted) {
    if (entities.isEmpty() || other.entities.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String e : entities) {
      if (other.entities.contains(e) && counted.test(e)) {
        shared++;
      }
    }
    return shared;
  }

  /** Same where and when: a rare entity (a place, a person) and a resolved day both state. */
  boolean sameOccasion(SentenceFacts other, java.util.function.Predicate<String> rareEntity) {
    return !java.util.Collections.disjoint(days, other.days) && sharedEntities(other, rareEntity) > 0;
  }

  /**
   * As {@link #sameOccasion}, with the day named in each sentence's main clause: "Ryabkov, who led
   * the talks in Geneva on Monday, said he saw no reason to resume them" tells of Monday only in
   * passing ({@link RelativeClauseDates}), and is not the same fact as "Ryabkov and Sherman met in
   * Geneva on Monday".
   */
  boolean sameOccasionInMainClauses(SentenceFacts other, java.util.function.Predicate<String> rareEntity) {
    return !java.util.Collections.disjoint(mainClauseDays, other.mainClauseDays)
        && sharedEntities(other, rareEntity) > 0;
  }

  /**
   * The two state figures (digits as written) and each states one the other lacks: "$500 million"
   * against "$900 million", "12 dead" against "31 dead". A sentence that only adds a figure ("$500
   * million, up from $300 million") does not contradict one that states part of it.
   */
  boolean contradicts(SentenceFacts other) {
    return !figures.isEmpty() && !other.figures.isEmpty()
        && !figures.containsAll(other.figures) && !other.figures.containsAll(figures);
  }

  boolean sharesNumber(SentenceFacts other) {
    // asked for every scored pair: no iterator when either has none, and the smaller set walked
    if (numbers.isEmpty() || other.numbers.isEmpty()) {
      return false;
    }
    Set<String> fewer = numbers.size() <= other.numbers.size() ? numbers : other.numbers;
    Set<String> more = fewer == numbers ? other.numbers : numbers;
    for (String x : fewer) {
      if (more.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
