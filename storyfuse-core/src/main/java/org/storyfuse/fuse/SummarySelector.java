package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyfuse.model.Brief;

/**
 * Chooses the summary sentences of one story; each cites the sources that support it, as
 * {@link ClaimAligner} aligned them.
 *
 * <p>Score: centrality (mean similarity to the other sources' sentences) weighted by the share of
 * sources that support it and by a lead prior (news puts the facts first):
 * {@code (1 - leadWeight) + leadWeight / (1 + index / 4)}.
 *
 * <p>Only sentences that can stand alone are candidates ({@link Standalone}: no opening "he",
 * "this" or "it", no quote without a named speaker).
 *
 * <p>Selection: maximal marginal relevance within the word budget. A candidate is the same claim
 * as a chosen sentence — and skipped — when either is the other's supporting sentence, or when
 * they are too similar ({@value #REDUNDANT_COSINE}).
 */
final class SummarySelector {

  static final double REDUNDANT_COSINE = 0.45;
  /** Sentences shorter than this are usually fragments, captions or kickers. */
  static final int MIN_WORDS = 8;
  /** Sentences longer than this are hard to read in a brief. */
  static final int MAX_WORDS = 60;
  private static final double MMR_LAMBDA = 0.7;

  private final BriefBuilder.SourceTable sources;
  private final List<BriefBuilder.SentenceNode> nodes;
  private final int wordBudget;
  private final ClaimAligner.Alignment alignment;
  private final BriefBuilder.Ranking ranking;

  SummarySelector(BriefBuilder.SourceTable sources, List<BriefBuilder.SentenceNode> nodes, int wordBudget,
      ClaimAligner.Alignment alignment, BriefBuilder.Ranking ranking) {
    this.sources = sources;
    this.nodes = nodes;
    this.wordBudget = wordBudget;
    this.alignment = alignment;
    this.ranking = ranking;
  }

  private int independent(int node) {
    return sources.independentOf(nodes.get(node).source());
  }

  List<Brief.SummarySentence> select() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      BriefBuilder.SentenceNode node = nodes.get(i);
      int words = node.words();
      if (words < MIN_WORDS || words > MAX_WORDS || node.vector().isEmpty()
          || !Standalone.test(node.sentence().text())) {
        continue;
      }
      candidates.add(candidate(i));
    }
    candidates.sort((a, b) -> {
      int c = Double.compare(b.score, a.score);
      return c != 0 ? c : Integer.compare(a.node, b.node);
    });

    // Greedy MMR. Each candidate's redundancy (max cosine to any chosen sentence) is updated once per
    // choice, so a round costs O(candidates), not O(candidates × chosen).
    List<Candidate> chosen = new ArrayList<>();
    double[] redundancy = new double[candidates.size()];
    boolean[] out = new boolean[candidates.size()];
    // sentence → the candidates that are it or cite it: once a chosen sentence says it, they are out
    // (marked when it is said, not looked up per candidate per round: a large story's sentences
    // have hundreds of supporting sentences each)
    Map<Integer, List<Integer>> candidatesOf = new HashMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      candidatesOf.computeIfAbsent(c.node, x -> new ArrayList<>()).add(k);
      for (int said : c.support.values()) {
        candidatesOf.computeIfAbsent(said, x -> new ArrayList<>()).add(k);
      }
    }
    Set<Integer> covered = new HashSet<>(); // sentences already said by a chosen summary sentence
    int words = 0;
    while (words < wordBudget) {
      int best = -1;
      double bestMmr = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < candidates.size(); k++) {
        Candidate c = candidates.get(k);
        if (out[k]) {
          continue;
        }
        if (redundancy[k] >= REDUNDANT_COSINE
            || (!chosen.isEmpty() && words + nodes.get(c.node).words() > wordBudget)) {
          out[k] = true; // never eligible again: coverage, redundancy and used words only grow
          continue;
        }
        double mmr = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * redundancy[k];
        if (mmr > bestMmr) {
          bestMmr = mmr;
          best = k;
        }
      }
      if (best < 0) {
        break;
      }
      Candidate pick = candidates.get(best);
      out[best] = true;
      chosen.add(pick);
      List<Integer> said = new ArrayList<>(pick.support.values());
      said.add(pick.node);
      for (int node : said) {
        if (covered.add(node)) {
          candidatesOf.getOrDefault(node, List.of()).forEach(k -> out[k] = true);
        }
      }
      words += nodes.get(pick.node).words();
      for (int k = 0; k < candidates.size(); k++) {
        if (!out[k]) {
          double sim = nodes.get(candidates.get(k).node).vector().cosine(nodes.get(pick.node).vector());
          redundancy[k] = Math.max(redundancy[k], sim);
        }
      }
    }
    return chosen.stream().map(this::toSummarySentence).toList();
  }

  private Candidate candidate(int i) {
    BriefBuilder.SentenceNode node = nodes.get(i);
    Map<Integer, Integer> support = alignment.support().get(i);
    int independent = Math.max(1, sources.independentCount());
    double supportShare = (1.0 + support.size()) / independent;
    double lead = 1.0 / (1.0 + node.sentence().index() / 4.0);
    double score = (alignment.centrality()[i] * 10) * (ranking.supportBase() + supportShare)
        * ((1 - ranking.leadWeight()) + ranking.leadWeight() * lead);
    return new Candidate(i, independent(i), support, score);
  }

  private Brief.SummarySentence toSummarySentence(Candidate c) {
    // cited: the sources whose aligned sentence states this one (Support); one that says it in
    // other words corroborates it in the claims list, not here
    Map<Integer, Brief.SentenceRef> evidence = new TreeMap<>();
    evidence.put(c.ownSource, ref(c.node));
    String text = nodes.get(c.node).sentence().text();
    c.support.forEach((src, j) -> {
      if (Support.states(nodes.get(j).sentence().text(), text)) {
        evidence.put(src, ref(j));
      }
    });
    List<Integer> supportList = List.copyOf(evidence.keySet());
    return new Brief.SummarySentence(
        nodes.get(c.node).sentence().text(), supportList, supportList.get(0), List.copyOf(evidence.values()));
  }

  private Brief.SentenceRef ref(int node) {
    BriefBuilder.SentenceNode n = nodes.get(node);
    return new Brief.SentenceRef(n.source(), n.sentence().index());
  }

  /**
   * @param node      index into nodes
   * @param ownSource the independent source it belongs to
   * @param support   supporting source → index of its supporting sentence
   */
  private record Candidate(int node, int ownSource, Map<Integer, Integer> support, double score) {}
}
