package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Brief;

/**
 * Single-source expectations: a time reference after its article's publication day ("he expects a
 * response as soon as next week", "will meet on Wednesday") that no other independent source names
 * (same resolved day or week), in a sentence no other source states. Past dates are left out: they
 * are background (1962, 2014), which the timeline shows; an expected date is a detail a reader
 * should know rests on one report.
 */
final class ExpectedDates {

  static final int MAX = 3;

  private ExpectedDates() {}

  static List<Brief.Discrepancy> find(List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources,
      Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle, Map<BriefBuilder.SentenceNode, Integer> supportCount) {
    Map<Integer, Set<String>> datesBySource = new java.util.HashMap<>();
    for (AnalyzedArticle a : analyses) {
      int independent = sources.independentOf(sources.numberOf(a.article().id()));
      for (TimeMention t : a.times()) {
        if (t.date() != null) {
          datesBySource.computeIfAbsent(independent, k -> new HashSet<>()).add(t.date());
        }
      }
    }
    List<Brief.Discrepancy> out = new ArrayList<>();
    for (AnalyzedArticle a : analyses) {
      int source = sources.numberOf(a.article().id());
      if (sources.independentOf(source) != source || a.article().published() == null) {
        continue;
      }
      String published = a.article().published().date().toString();
      String publishedWeek = isoWeek(a.article().published().date());
      for (TimeMention t : a.times()) {
        BriefBuilder.SentenceNode node = nodesByArticle.getOrDefault(a.article().id(), Map.of()).get(t.sentence());
        boolean future = t.date() != null && ("week".equals(t.precision()) ? t.date().compareTo(publishedWeek) > 0
            : "day".equals(t.precision()) && t.date().compareTo(published) > 0);
        if (!future || node == null || supportCount.getOrDefault(node, 0) > 0 || out.size() >= MAX) {
          continue;
        }
        boolean elsewhere = datesBySource.entrySet().stream()
            .anyMatch(e -> e.getKey() != source && e.getValue().contains(t.date()));
        if (!elsewhere) {
          out.add(new Brief.Discrepancy("single_source", "only [" + source + "] reports " + t.text(),
              List.of(new Brief.Claim(node.sentence().text(), List.of(source),
                  List.of(new Brief.SentenceRef(source, node.sentence().index()))))));
        }
      }
    }
    return out;
  }

  private static String isoWeek(java.time.LocalDate d) {
    java.time.temporal.WeekFields w = java.time.temporal.WeekFields.ISO;
    return String.format("%d-W%02d", d.get(w.weekBasedYear()), d.get(w.weekOfWeekBasedYear()));
  }
}
