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
 * differently. Only sentences naming exactly one calendar day count (a sentence with two dates
 * tells of two events), and the days are the analysis stage's resolved ones, so "on Monday" in a
 * Friday report and "January 10" agree.
 */
final class DateConflicts {

  private DateConflicts() {}

  static List<Brief.Discrepancy> find(List<ClaimList.Group> groups, List<BriefBuilder.SentenceNode> nodes,
      ClaimAligner.Alignment alignment, Map<String, AnalyzedArticle> analyses) {
    List<Brief.Discrepancy> out = new ArrayList<>();
    for (ClaimList.Group g : groups) {
      Map<String, List<Integer>> byDay = new TreeMap<>();
      for (int m : g.members()) {
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

  private static Set<String> days(BriefBuilder.SentenceNode n, Map<String, AnalyzedArticle> analyses) {
    AnalyzedArticle a = analyses.get(n.sentence().articleId());
    Set<String> days = new TreeSet<>();
    if (a != null) {
      for (TimeMention t : a.times()) {
        if (t.sentence() == n.sentence().index() && t.isCalendarDate() && "day".equals(t.precision())) {
          days.add(t.date());
        }
      }
    }
    return days;
  }
}
