package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Quantity;
import org.storyfuse.model.Brief;

/**
 * What the sources disagree on, or what only one of them states, found in the quantities the
 * analysis stage read:
 * <ul>
 *   <li>{@code number}: two independent sources of the same event count the same thing ("troops")
 *       with ranges that admit no common value ("tens of thousands" = 20,000–99,999 vs "100,000").
 *       Counts in two events of a storyline are the story moving on (a toll a week later, another
 *       quake's damage in a storyline that holds two), not sources that disagree;
 *   <li>{@code single_source}: an amount with a unit (money, a duration, a measure) that no other
 *       independent source states anything comparable about ("more than seven hours").
 * </ul>
 * Claims are the source sentences themselves; only the {@code about} label is ours. Conflicts
 * found on aligned sentences ({@link AttributionConflicts}, {@link DateConflicts}) come first.
 */
final class DiscrepancyFinder {

  /** More single-source details than this drown the corroborated ones. */
  static final int MAX_SINGLE_SOURCE = 6;

  private DiscrepancyFinder() {}

  private record Sourced(Quantity quantity, int source, int independent, BriefBuilder.SentenceNode node) {}

  static List<Brief.Discrepancy> find(List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources,
      Map<String, Map<Integer, BriefBuilder.SentenceNode>> nodesByArticle, List<Brief.Discrepancy> fromAlignment,
      Map<BriefBuilder.SentenceNode, Integer> supportCount, List<BriefBuilder.SentenceNode> nodeList,
      ClaimAligner.Alignment alignment, Map<Integer, String> eventOfSource) {
    Map<BriefBuilder.SentenceNode, Integer> indexOf = new java.util.IdentityHashMap<>();
    for (int i = 0; i < nodeList.size(); i++) {
      indexOf.put(nodeList.get(i), i);
    }
    List<Sourced> all = new ArrayList<>();
    for (AnalyzedArticle a : analyses) {
      int source = sources.numberOf(a.article().id());
      if (sources.independentOf(source) != source) {
        continue; // a syndicated copy repeats its original's numbers: no new claim
      }
      Map<Integer, BriefBuilder.SentenceNode> nodes = nodesByArticle.getOrDefault(a.article().id(), Map.of());
      for (Quantity q : a.quantities()) {
        BriefBuilder.SentenceNode node = nodes.get(q.sentence());
        if (node != null) {
          all.add(new Sourced(q, source, source, node));
        }
      }
    }
    List<Brief.Discrepancy> out = new ArrayList<>(fromAlignment);
    out.addAll(numberConflicts(all, eventOfSource));
    List<Brief.Discrepancy> amounts = amountConflicts(all, alignment, indexOf, eventOfSource);
    out.addAll(amounts);
    out.addAll(singleSource(all.stream().filter(s -> amounts.stream().noneMatch(d -> mentions(d, s))).toList()));
    out.addAll(ExpectedDates.find(analyses, sources, nodesByArticle, supportCount));
    return out;
  }

  /**
   * Counts of the same thing in one event whose ranges do not overlap, one discrepancy per thing
   * counted and event ({@code eventOfSource}: independent source → event; empty for one event).
   */
  private static List<Brief.Discrepancy> numberConflicts(List<Sourced> all, Map<Integer, String> eventOfSource) {
    Map<String, List<Sourced>> byThing = new TreeMap<>();
    for (Sourced s : all) {
      if (s.quantity().counted() != null && s.quantity().unit() == null) {
        String event = eventOfSource.getOrDefault(s.independent(), "");
        byThing.computeIfAbsent(thing(s.quantity().counted()) + "\u0000" + event, k -> new ArrayList<>()).add(s);
      }
    }
    List<Brief.Discrepancy> out = new ArrayList<>();
    byThing.forEach((thing, list) -> {
      boolean conflict = false;
      for (int i = 0; i < list.size() && !conflict; i++) {
        for (int j = i + 1; j < list.size(); j++) {
          Sourced a = list.get(i);
          Sourced b = list.get(j);
          if (a.independent() != b.independent() && a.quantity().comparableWith(b.quantity())
              && !a.quantity().overlaps(b.quantity())) {
            conflict = true;
            break;
          }
        }
      }
      if (!conflict) {
        return;
      }
      // one claim per distinct wording of the amount, citing every source that uses it
      Map<String, List<Sourced>> byAmount = new LinkedHashMap<>();
      for (Sourced s : list) {
        byAmount.computeIfAbsent(amount(s.quantity()), k -> new ArrayList<>()).add(s);
      }
      List<Brief.Claim> claims = new ArrayList<>();
      for (List<Sourced> side : byAmount.values()) {
        claims.add(claim(side));
      }
      String counted = list.get(0).quantity().counted();
      String label = counted.contains(" ") ? counted.substring(counted.lastIndexOf(' ') + 1) : counted;
      out.add(new Brief.Discrepancy("number", label + ": " + String.join(" vs ", byAmount.keySet()), claims));
    });
    return out;
  }

  /**
   * Amounts with a unit (money, durations, measures) that two independent sources state in the
   * same aligned claim but with ranges that admit no common value: "$500 million in aid" against
   * "$900 million in aid". Alignment stands in for the counted noun a unit amount rarely has. As
   * for counts, only within one event of the storyline.
   */
  private static List<Brief.Discrepancy> amountConflicts(List<Sourced> all, ClaimAligner.Alignment alignment,
      Map<BriefBuilder.SentenceNode, Integer> indexOf, Map<Integer, String> eventOfSource) {
    List<Brief.Discrepancy> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int x = 0; x < all.size(); x++) {
      for (int y = x + 1; y < all.size(); y++) {
        Sourced a = all.get(x);
        Sourced b = all.get(y);
        if (a.quantity().unit() == null || a.independent() == b.independent()
            || !a.quantity().comparableWith(b.quantity()) || a.quantity().overlaps(b.quantity())
            || !sameEvent(a, b, eventOfSource)) {
          continue;
        }
        Integer i = indexOf.get(a.node());
        Integer j = indexOf.get(b.node());
        boolean aligned = i != null && j != null
            && (Integer.valueOf(j).equals(alignment.contradicted().get(i).get(b.independent()))
                || Integer.valueOf(i).equals(alignment.contradicted().get(j).get(a.independent())));
        if (!aligned || !seen.add(a.quantity().text() + "\n" + b.quantity().text())) {
          continue;
        }
        out.add(new Brief.Discrepancy("number", a.quantity().text() + " vs " + b.quantity().text(),
            List.of(claim(List.of(a)), claim(List.of(b)))));
      }
    }
    return out;
  }

  private static boolean sameEvent(Sourced a, Sourced b, Map<Integer, String> eventOfSource) {
    return java.util.Objects.equals(eventOfSource.get(a.independent()), eventOfSource.get(b.independent()));
  }

  private static boolean mentions(Brief.Discrepancy d, Sourced s) {
    return d.claims().stream().anyMatch(c -> c.text().equals(s.node().sentence().text()));
  }

  /** Amounts with a unit that no other source states anything comparable about. */
  private static List<Brief.Discrepancy> singleSource(List<Sourced> all) {
    List<Brief.Discrepancy> out = new ArrayList<>();
    for (Sourced s : all) {
      if (s.quantity().unit() == null || out.size() >= MAX_SINGLE_SOURCE) {
        continue;
      }
      boolean elsewhere = all.stream().anyMatch(o -> o.independent() != s.independent()
          && o.quantity().comparableWith(s.quantity()) && o.quantity().overlaps(s.quantity()));
      if (!elsewhere) {
        out.add(new Brief.Discrepancy("single_source",
            "only [" + s.source() + "] reports " + s.quantity().text(), List.of(claim(List.of(s)))));
      }
    }
    return out;
  }

  private static Brief.Claim claim(List<Sourced> side) {
    Map<Integer, Brief.SentenceRef> evidence = new TreeMap<>();
    for (Sourced s : side) {
      evidence.putIfAbsent(s.independent(), new Brief.SentenceRef(s.source(), s.node().sentence().index()));
    }
    return new Brief.Claim(side.get(0).node().sentence().text(), List.copyOf(evidence.keySet()),
        List.copyOf(evidence.values()));
  }

  /** The counted noun, lower case, plural folded: "Russian troops" → "troop". */
  private static String thing(String counted) {
    String w = counted.toLowerCase(Locale.ROOT);
    w = w.contains(" ") ? w.substring(w.lastIndexOf(' ') + 1) : w;
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  /** The amount as written, without what it counts: "tens of thousands of Russian troops" → "tens of thousands". */
  private static String amount(Quantity q) {
    String text = q.text();
    int of = text.toLowerCase(Locale.ROOT).lastIndexOf(" of ");
    String counted = q.counted();
    if (counted != null && text.endsWith(counted)) {
      text = text.substring(0, text.length() - counted.length()).strip();
      String[] words = text.split(" ");
      // drop qualifiers between the number and the noun ("100,000 Russian troops" → "100,000")
      while (words.length > 1 && Character.isUpperCase(words[words.length - 1].charAt(0))) {
        text = text.substring(0, text.lastIndexOf(' '));
        words = text.split(" ");
      }
      if (text.endsWith(" of")) {
        text = text.substring(0, text.length() - 3);
      }
    } else if (of > 0) {
      text = text.substring(0, of);
    }
    return text.strip();
  }
}
