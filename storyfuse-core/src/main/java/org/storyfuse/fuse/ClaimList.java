package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyfuse.model.Brief;

/**
 * Every claim that two or more independent sources state, as {@link ClaimAligner} aligned them:
 * the summary has room for a few, a reader checking corroboration wants them all. Widest support
 * first. A sentence may support several claims (it can state several facts: "Ryabkov, who led the
 * talks in Geneva on Monday, said he saw no reason to resume them"), but is shown as one claim at
 * most: a candidate whose own sentence, or more than half of whose sentences, already stand in
 * listed claims is one of those claims again (a syndicated copy's identical sentence stands where its
 * original's does).
 */
final class ClaimList {

  /** More than this stops being a brief. */
  static final int MAX_CLAIMS = 30;
  /** Shorter sentences are mostly headlines and fragments, which restate a longer claim. */
  static final int MIN_WORDS = 6;
  /**
   * Member sentences weighed as a claim's wording, at most (the claim's own sentence, then members
   * in order): weighing one asks every source whether it states it, so weighing all of a claim that
   * hundreds of sources make would cost members × sources. Any member's words are valid — the
   * citations are checked against the words shown — so the bound costs only which wording is shown.
   */
  static final int WORDINGS_WEIGHED = 24;

  private ClaimList() {}

  /** A claim as node indices: the sentence shown and its supporting sentence per source. */
  record Group(int node, Map<Integer, Integer> support, double meanScore) {

    List<Integer> members() {
      List<Integer> all = new ArrayList<>();
      all.add(node);
      all.addAll(support.values());
      return all;
    }
  }

  /** Per node, the claims (indices into {@code groups}) it is a sentence of. */
  static Map<Integer, Set<Integer>> claimsOfNode(List<Group> groups) {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (int m : groups.get(g).members()) {
        out.computeIfAbsent(m, k -> new HashSet<>()).add(g);
      }
    }
    return out;
  }

  static List<Group> groups(List<BriefBuilder.SentenceNode> nodes, ClaimAligner.Alignment alignment) {
    List<Group> candidates = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Map<Integer, Integer> support = alignment.support().get(i);
      if (support.isEmpty() || nodes.get(i).words() < MIN_WORDS) {
        continue;
      }
      double mean = alignment.score().get(i).values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      candidates.add(new Group(i, support, mean));
    }
    candidates.sort(Comparator.comparingInt((Group g) -> -g.support().size())
        .thenComparingDouble(g -> -g.meanScore())
        .thenComparingInt(Group::node));
    int[] statement = statements(nodes, alignment);
    List<Group> out = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (Group g : candidates) {
      if (out.size() >= MAX_CLAIMS) {
        break;
      }
      if (used.contains(statement[g.node()])
          || 2 * g.members().stream().filter(m -> used.contains(statement[m])).count() > g.members().size()) {
        continue;
      }
      g = extended(g, nodes, alignment);
      for (int m : g.members()) {
        used.add(statement[m]);
      }
      out.add(g);
    }
    return out;
  }

  /**
   * Per node, the first node making the same statement: the same words from the same independent
   * source. A syndicated copy repeating its original's sentence makes the original's statement, so a
   * claim found from the copy's sentence is the original's claim again, not a second one.
   */
  private static int[] statements(List<BriefBuilder.SentenceNode> nodes, ClaimAligner.Alignment alignment) {
    Map<String, Integer> first = new HashMap<>();
    int[] statement = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      statement[i] = first.computeIfAbsent(alignment.independent()[i] + "\u0000" + nodes.get(i).sentence().text(), k -> first.size());
    }
    return statement;
  }

  /**
   * One hop further: a source the claim lacks joins through a sentence aligned with one of the
   * claim's members ("met in Geneva on Monday" → "who led the talks in Geneva on Monday" → a third
   * source's "talks in Geneva on Monday"). One hop only: chains drift from the claim.
   */
  private static Group extended(Group g, List<BriefBuilder.SentenceNode> nodes, ClaimAligner.Alignment alignment) {
    Map<Integer, Integer> support = new TreeMap<>(g.support());
    int own = alignment.independent()[g.node()];
    for (int member : g.members()) {
      alignment.support().get(member).forEach((src, j) -> {
        if (src != own && !support.containsKey(src)) {
          support.put(src, j);
        }
      });
    }
    return new Group(g.node(), support, g.meanScore());
  }

  /**
   * The claims as the brief shows them. A claim is worded by the member sentence the most of its
   * sources state ({@link Support}; a sentence that can stand alone first, then the sentence the claim
   * was found from): "Ryabkov and Sherman met in Geneva on Monday" is stated by one source and reported
   * in other words by four, "Ryabkov refused to rule out a deployment to Cuba and Venezuela" by two.
   * Sources that state the shown words are cited after them; the others after their own words
   * ({@link Citations}), and only with a sentence aligned with the shown one ({@link WordingWitnesses}).
   * A claim left with fewer than two independent sources that way is not a corroborated claim.
   */
  static List<Brief.CorroboratedClaim> toBrief(List<Group> groups, List<BriefBuilder.SentenceNode> nodes,
      BriefBuilder.SourceTable sources, WordingWitnesses witnesses) {
    List<Brief.CorroboratedClaim> out = new ArrayList<>();
    for (Group g : groups) {
      Map<Integer, List<BriefBuilder.SentenceNode>> bySource = new TreeMap<>();
      for (int m : g.members()) {
        BriefBuilder.SentenceNode n = nodes.get(m);
        bySource.computeIfAbsent(sources.independentOf(n.source()), k -> new ArrayList<>()).add(n);
      }
      int shown = g.node();
      int bestRank = rank(nodes.get(shown), bySource, true);
      int weighed = 1;
      for (int m : g.members()) {
        BriefBuilder.SentenceNode n = nodes.get(m);
        if (n.words() < MIN_WORDS || m == g.node()) {
          continue;
        }
        if (++weighed > WORDINGS_WEIGHED) {
          break;
        }
        int r = rank(n, bySource, false);
        if (r > bestRank) {
          bestRank = r;
          shown = m;
        }
      }
      String text = nodes.get(shown).sentence().text();
      Citations.Cited cited = Citations.of(text, witnesses.of(shown, g.members()));
      if (cited.support().size() + cited.otherWordings().size() < 2) {
        continue;
      }
      out.add(new Brief.CorroboratedClaim(text, cited.support(), cited.support().get(0), cited.evidence(),
          cited.otherWordings()));
    }
    return out;
  }

  /**
   * Stand-alone running text first (a heading or list item only when no member is a sentence), then
   * sources stating it, then the claim's own sentence.
   */
  private static int rank(BriefBuilder.SentenceNode n, Map<Integer, List<BriefBuilder.SentenceNode>> bySource,
      boolean own) {
    String text = n.sentence().text();
    return (Standalone.test(text) ? 1_000_000 : 0) + (Standalone.notASentence(text) ? 0 : 100_000)
        + 10 * Citations.stating(text, bySource) + (own ? 1 : 0);
  }
}
