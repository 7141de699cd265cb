package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.model.Brief;

/**
 * Date conflicts: sources that state the same claim (one {@link ClaimList} group) but date it
 * differently. Only the claim's sentence and the supports aligned to it directly at
 * {@link ClaimAligner#STRONG} or more count: a weaker match often joins two events of one sentence
 * ("who led the talks on Monday ... said on Thursday"). Only sentences naming exactly one calendar
 * day count, and the days are the analysis stage's resolved ones, so "on Monday" in a Friday report
 * and "January 10" agree.
 */
final class DateConflicts {

  private DateConflicts() {}

  static List<Brief.Discrepancy> find(List<ClaimList.Group> groups, List<BriefBuilder.SentenceNode> nodes,
      ClaimAligner.Alignment alignment, Map<String, AnalyzedArticle> analyses) {
    List<Brief.Discrepancy> out = new ArrayList<>();
    for (ClaimList.Group g : groups) {
      Map<String, List<Integer>> byDay = new TreeMap<>();
      List<Integer> strong = new ArrayList<>();
      strong.add(g.node());
      alignment.score().get(g.node()).forEach((src, score) -> {
        if (score >= ClaimAligner.STRONG) {
          strong.add(alignment.support().get(g.node()).get(src));
        }
      });
      for (int m : strong) {
        Set<String> days = days(nodes.get(m), analyses);
        if (days.size() == 1) {
          byDay.computeIfAbsent(days.iterator().next(), k -> new ArrayList<>()).add(m);
        }
      }
      if (byDay.size() < 2) {
        continue;
      }
      List<Brief.Claim> claims = new ArrayList<>();
      byDay.forEach((day, members) -> {
        Map<Integer, Brief.SentenceRef> evidence = new TreeMap<>();
        for (int m : members) {
          BriefBuilder.SentenceNode n = nodes.get(m);
          evidence.putIfAbsent(alignment.independent()[m], new Brief.SentenceRef(n.source(), n.sentence().index()));
        }
        claims.add(new Brief.Claim(nodes.get(members.get(0)).sentence().text(), List.copyOf(evidence.keySet()),
            List.copyOf(evidence.values())));
      });
      out.add(new Brief.Discrepancy("date", "date: " + String.join(" vs ", byDay.keySet()), claims));
    }
    return out;
  }

  private static final java.util.regex.Pattern EXPLICIT_DAY = java.util.regex.Pattern.compile(
      "(?i).*(\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|"
          + "january|february|march|april|may|june|july|august|september|october|november|december).*");

  /**
   * A resolved calendar day that the text names: a weekday, a date, "yesterday". Vague spans that
   * SUTime still pins to a day ("in the coming days" → the next day) are not a date a source gave.
   */
  static boolean namesADay(TimeMention t) {
    return t.isCalendarDate() && "day".equals(t.precision()) && EXPLICIT_DAY.matcher(t.text()).matches();
  }

  private static Set<String> days(BriefBuilder.SentenceNode n, Map<String, AnalyzedArticle> analyses) {
    AnalyzedArticle a = analyses.get(n.sentence().articleId());
    Set<String> days = new TreeSet<>();
    if (a != null) {
      for (TimeMention t : a.times()) {
        if (t.sentence() == n.sentence().index() && namesADay(t)) {
          days.add(t.date());
        }
      }
    }
    return days;
  }
}
