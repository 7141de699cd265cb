package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.model.Brief;

/**
 * Chooses the summary sentences of one story and finds, for each, the sources that support it.
 *
 * <p>Support: another independent source supports a sentence when one of its sentences has TF-IDF
 * cosine of at least {@value #SUPPORT_COSINE} with it and shares at least {@value #SUPPORT_TERMS}
 * content terms (so two short sentences sharing one name do not count). Score: centrality (mean
 * similarity to the other sources' sentences) weighted by the share of sources that support it and
 * by a mild lead bonus (news puts the facts first). Selection: maximal marginal relevance within
 * the word budget, skipping any sentence too close to one already chosen.
 */
final class SummarySelector {

  static final double SUPPORT_COSINE = 0.30;
  static final int SUPPORT_TERMS = 3;
  /** A candidate this similar to a chosen sentence says the same thing again. */
  static final double REDUNDANT_COSINE = 0.45;
  /** Sentences shorter than this are usually fragments, captions or kickers. */
  static final int MIN_WORDS = 8;
  /** Sentences longer than this are hard to read in a brief. */
  static final int MAX_WORDS = 60;
  private static final double MMR_LAMBDA = 0.7;

  private final BriefBuilder.SourceTable sources;
  private final List<BriefBuilder.SentenceNode> nodes;
  private final int wordBudget;

  SummarySelector(BriefBuilder.SourceTable sources, List<BriefBuilder.SentenceNode> nodes, int wordBudget) {
    this.sources = sources;
    this.nodes = nodes;
    this.wordBudget = wordBudget;
  }

  List<Brief.SummarySentence> select() {
    List<Candidate> candidates = new ArrayList<>();
    for (BriefBuilder.SentenceNode node : nodes) {
      int words = node.words();
      if (words < MIN_WORDS || words > MAX_WORDS || node.vector().isEmpty()) {
        continue;
      }
      candidates.add(score(node));
    }
    candidates.sort((a, b) -> {
      int c = Double.compare(b.score, a.score);
      return c != 0 ? c : BriefBuilder.TEXT_ORDER.compare(a.node, b.node);
    });

    List<Candidate> chosen = new ArrayList<>();
    int words = 0;
    while (true) {
      Candidate best = null;
      double bestMmr = Double.NEGATIVE_INFINITY;
      for (Candidate c : candidates) {
        if (chosen.contains(c)) {
          continue;
        }
        double redundancy = 0;
        for (Candidate s : chosen) {
          redundancy = Math.max(redundancy, c.node.vector().cosine(s.node.vector()));
        }
        if (redundancy >= REDUNDANT_COSINE) {
          continue;
        }
        double mmr = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * redundancy;
        if (mmr > bestMmr) {
          bestMmr = mmr;
          best = c;
        }
      }
      if (best == null) {
        break;
      }
      int w = best.node.words();
      if (!chosen.isEmpty() && words + w > wordBudget) {
        // Try shorter candidates before giving up: mark this one as considered.
        candidates.remove(best);
        continue;
      }
      chosen.add(best);
      words += w;
      if (words >= wordBudget) {
        break;
      }
    }
    return chosen.stream().map(Candidate::toSummarySentence).toList();
  }

  private Candidate score(BriefBuilder.SentenceNode node) {
    int own = sources.independentOf(node.source());
    // best-matching sentence of every other independent source
    Map<Integer, BriefBuilder.SentenceNode> bestOf = new TreeMap<>();
    Map<Integer, Double> bestSim = new TreeMap<>();
    double centrality = 0;
    int others = 0;
    for (BriefBuilder.SentenceNode other : nodes) {
      int src = sources.independentOf(other.source());
      if (src == own) {
        continue;
      }
      double sim = node.vector().cosine(other.vector());
      centrality += sim;
      others++;
      if (sim >= SUPPORT_COSINE && node.vector().overlap(other.vector()) >= SUPPORT_TERMS
          && sim > bestSim.getOrDefault(src, 0.0)) {
        bestSim.put(src, sim);
        bestOf.put(src, other);
      }
    }
    centrality = others == 0 ? 0 : centrality / others;
    int independent = Math.max(1, sources.independentCount());
    double supportShare = (1.0 + bestOf.size()) / independent;
    double lead = 1.0 / (1.0 + node.sentence().index() / 4.0);
    double score = (centrality * 10) * (0.5 + supportShare) * (0.8 + 0.2 * lead);
    return new Candidate(node, own, bestOf, score);
  }

  private record Candidate(
      BriefBuilder.SentenceNode node, int ownSource, Map<Integer, BriefBuilder.SentenceNode> support,
      double score) {

    Brief.SummarySentence toSummarySentence() {
      Map<Integer, Brief.SentenceRef> evidence = new TreeMap<>();
      evidence.put(ownSource, new Brief.SentenceRef(node.source(), node.sentence().index()));
      support.forEach((src, n) -> evidence.put(src, new Brief.SentenceRef(n.source(), n.sentence().index())));
      List<Integer> supportList = List.copyOf(evidence.keySet());
      return new Brief.SummarySentence(
          node.sentence().text(), supportList, supportList.get(0), List.copyOf(evidence.values()));
    }
  }
}
