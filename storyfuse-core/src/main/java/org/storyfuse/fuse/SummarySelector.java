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
 * "this" or "it", also after "but"/"and", no person named only by office, no quote without a named
 * speaker). The brief puts the chosen sentences in story order ({@link StoryOrder}).
 *
 * <p>Selection opens with the story's best-corroborated fact told concisely: of the candidates
 * aligned with at least half the independent sources (and three), in at most
 * {@value #CONCISE_WORDS} words, the most widely supported, then the shortest
 * ({@value #CORROBORATED_FIRST} of them), so a long lead sentence does not crowd out what every
 * outlet reports ("Ryabkov and Sherman met in Geneva on Monday", 5 sources). Then maximal marginal
 * relevance within the word budget, preferring what several sources state: after the opening
 * sentence, when the best next
 * sentence has one source and the best sentence of a corroborated claim ({@link ClaimList}) has at
 * least {@value #CLAIM_PREFERENCE} of its marginal relevance, the claim's sentence is taken. A claim's
 * sentence cites every source whose sentence of the claim states it. A candidate is the same claim
 * as a chosen sentence — and skipped — when either is the other's supporting sentence, or when
 * they are too similar ({@value #REDUNDANT_COSINE}).
 */
final class SummarySelector {

  static final double REDUNDANT_COSINE = 0.45;
  /** Sentences shorter than this are usually fragments, captions or kickers. */
  static final int MIN_WORDS = 8;
  /** Sentences longer than this are hard to read in a brief (and at most {@link #MAX_BUDGET_SHARE} of the budget). */
  static final int MAX_WORDS = 60;
  private static final double MMR_LAMBDA = 0.7;
  /** How many best-corroborated facts open the selection. */
  static final int CORROBORATED_FIRST = 1;
  /** The share of independent sources a fact must be aligned with to open the selection. */
  static final double CORROBORATED_SHARE = 0.5;
  /** Words a sentence may have to open the selection (a fact told concisely). */
  static final int CONCISE_WORDS = 30;

  /**
   * A sentence of a corroborated claim is taken in place of a better-ranked single-source sentence
   * when its marginal relevance is at least this share of that sentence's. Forcing every claim first
   * (share 0) cost 0.02 ROUGE-1 at 250 words on MultiLing, whose single-source article leads report
   * each day's news; 0.5 cost 0.005; 0.8 none (docs/EVALUATION.md, issue 13, fourth round).
   */
  static final double CLAIM_PREFERENCE = 0.8;

  private final BriefBuilder.SourceTable sources;
  private final List<BriefBuilder.SentenceNode> nodes;
  private final int wordBudget;
  /** Sentences the summary may add beyond its budget, for main developments it left out ({@link #addMainDevelopments}). */
  private final int mainDevelopmentsBeyondBudget;
  private final ClaimAligner.Alignment alignment;
  private final BriefBuilder.Ranking ranking;
  /** The story's corroborated claims, widest support first ({@link ClaimList#groups}). */
  private final List<ClaimList.Group> claims;

  SummarySelector(BriefBuilder.SourceTable sources, List<BriefBuilder.SentenceNode> nodes, int wordBudget,
      int mainDevelopmentsBeyondBudget, ClaimAligner.Alignment alignment, BriefBuilder.Ranking ranking,
      List<ClaimList.Group> claims) {
    this.sources = sources;
    this.mainDevelopmentsBeyondBudget = mainDevelopmentsBeyondBudget;
    this.nodes = nodes;
    this.wordBudget = wordBudget;
    this.alignment = alignment;
    this.ranking = ranking;
    this.claims = claims;
  }

  private int independent(int node) {
    return sources.independentOf(nodes.get(node).source());
  }

  /**
   * The share of the word budget one sentence may take. A short summary is a few facts, not one long
   * sentence: at 100 words a 49-word sentence took half the budget, and the two it crowded out were
   * the story's other developments. Chosen on MultiLing's tuning half (M000–M004: 0.3, 0.35, 0.4,
   * 0.45; ROUGE at 100 words, docs/EVALUATION.md); at 250 words and at the default 120 the cap is
   * {@value #MAX_WORDS} and 48 words, where it changes nothing we measured.
   */
  static final double MAX_BUDGET_SHARE = 0.4;

  /**
   * The longest sentence a summary of {@code wordBudget} words may take: {@value #MAX_BUDGET_SHARE} of
   * the budget, never under {@value #CONCISE_WORDS} (a fact told concisely fits any summary it fits
   * in) nor over {@value #MAX_WORDS}.
   */
  static int maxWords(int wordBudget) {
    return (int) Math.min(MAX_WORDS, Math.max(CONCISE_WORDS, Math.floor(MAX_BUDGET_SHARE * wordBudget)));
  }

  List<Brief.SummarySentence> select() {
    Set<String> withRunningText = Standalone.articlesWithRunningText(nodes);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      BriefBuilder.SentenceNode node = nodes.get(i);
      int words = node.words();
      // a headline-only record's headline is all it says, however short ("Chess club wins regional title")
      boolean headlineOnly = !withRunningText.contains(node.sentence().articleId());
      if ((words < MIN_WORDS && !headlineOnly) || words > maxWords(wordBudget) || node.vector().isEmpty()
          || !Standalone.test(node, withRunningText) || tailOfACutSentence(i)) {
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
    // First the story's best-corroborated facts, told concisely (see the class comment).
    for (int best : corroborated(candidates)) {
      // out: said already, by itself or a sentence it cites (choose marks those)
      if (out[best] || redundancy[best] >= REDUNDANT_COSINE
          || words + nodes.get(candidates.get(best).node).words() > wordBudget) {
        continue;
      }
      words += choose(best, candidates, chosen, covered, candidatesOf, redundancy, out);
      if (chosen.size() >= CORROBORATED_FIRST) {
        break;
      }
    }
    // sentence → the widest claim it is a sentence of (the claims come widest first)
    Map<Integer, ClaimList.Group> claimOfNode = new HashMap<>();
    for (ClaimList.Group claim : claims) {
      for (int m : claim.members()) {
        claimOfNode.putIfAbsent(m, claim);
      }
    }
    while (words < wordBudget) {
      int best = -1;
      double bestMmr = Double.NEGATIVE_INFINITY;
      int bestClaim = -1;
      double bestClaimMmr = Double.NEGATIVE_INFINITY;
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
        if (claimOfNode.containsKey(c.node) && mmr > bestClaimMmr) {
          bestClaimMmr = mmr;
          bestClaim = k;
        }
      }
      if (best < 0) {
        break;
      }
      // a development several sources state before one only one source does, unless it ranks far lower;
      // not for the opening sentence: the best-ranked one leads ("Owners are asked to stop charging
      // the bikes" is corroborated but no lead for a recall)
      if (!chosen.isEmpty() && bestClaim >= 0 && !claimOfNode.containsKey(candidates.get(best).node) && bestMmr > 0
          && bestClaimMmr >= CLAIM_PREFERENCE * bestMmr) {
        best = bestClaim;
      }
      words += choose(best, candidates, chosen, covered, candidatesOf, redundancy, out);
    }
    addMainDevelopments(candidates, chosen, covered, candidatesOf, redundancy, out);
    return chosen.stream().map(c -> toSummarySentence(c, claimOfNode.get(c.node))).toList();
  }

  /**
   * Beyond the budget, at most {@link #mainDevelopmentsBeyondBudget} sentences: one for each of the
   * story's main corroborated developments the budget left out — a claim that at least half the
   * independent sources (and three) state, none of whose sentences the summary says already, told by
   * its best-ranked sentence that stands alone and says nothing the summary says (widest claim first).
   * A reader takes the summary for the story; a fact most outlets report must not sit only in the
   * claims list because a longer sentence used the words (the seeds' Cuba and Venezuela, 3 of 5).
   */
  private void addMainDevelopments(List<Candidate> candidates, List<Candidate> chosen, Set<Integer> covered,
      Map<Integer, List<Integer>> candidatesOf, double[] redundancy, boolean[] out) {
    if (mainDevelopmentsBeyondBudget == 0 || chosen.isEmpty()) {
      return;
    }
    Map<Integer, Integer> candidateOfNode = new HashMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      candidateOfNode.put(candidates.get(k).node, k);
    }
    int needed = mainClaimSources();
    int added = 0;
    for (ClaimList.Group claim : claims) {
      if (added >= mainDevelopmentsBeyondBudget || claim.support().size() + 1 < needed) {
        break; // widest first: the rest are narrower
      }
      List<Integer> members = claim.members();
      if (members.stream().anyMatch(covered::contains)) {
        continue;
      }
      int best = -1;
      for (int m : members) {
        Integer k = candidateOfNode.get(m);
        if (k != null && redundancy[k] < REDUNDANT_COSINE
            && (best < 0 || candidates.get(k).score > candidates.get(best).score)) {
          best = k;
        }
      }
      if (best >= 0) {
        choose(best, candidates, chosen, covered, candidatesOf, redundancy, out);
        added++;
      }
    }
  }

  /** Takes candidate {@code best} into the summary; returns its words. */
  private int choose(int best, List<Candidate> candidates, List<Candidate> chosen, Set<Integer> covered,
      Map<Integer, List<Integer>> candidatesOf, double[] redundancy, boolean[] out) {
    Candidate pick = candidates.get(best);
    out[best] = true;
    chosen.add(pick);
    List<Integer> said = new ArrayList<>(pick.support.values());
    said.add(pick.node);
    for (int node : said) {
      if (covered.add(node)) {
        candidatesOf.getOrDefault(node, List.of()).forEach(k -> out[k] = true); // they say it again
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      if (!out[k]) {
        double sim = nodes.get(candidates.get(k).node).vector().cosine(nodes.get(pick.node).vector());
        redundancy[k] = Math.max(redundancy[k], sim);
      }
    }
    return nodes.get(pick.node).words();
  }

  /** The sources a main corroborated fact has at least: {@value #CORROBORATED_SHARE} of the independent ones, and three. */
  private int mainClaimSources() {
    return Math.max(3, (int) Math.ceil(CORROBORATED_SHARE * sources.independentCount()));
  }

  /**
   * Candidates (indices into {@code candidates}) that state a fact most of the story's independent
   * sources report — aligned with at least {@value #CORROBORATED_SHARE} of them, and at least three —
   * in at most {@value #CONCISE_WORDS} words: widest support first, then fewest words, then score.
   */
  private List<Integer> corroborated(List<Candidate> candidates) {
    int needed = mainClaimSources();
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.support.size() + 1 >= needed && nodes.get(c.node).words() <= CONCISE_WORDS) {
        out.add(k);
      }
    }
    out.sort(java.util.Comparator.comparingInt((Integer k) -> -candidates.get(k).support.size())
        .thenComparingInt(k -> nodes.get(candidates.get(k).node).words())
        .thenComparingInt(k -> k));
    return out;
  }

  /**
   * Whether node i is the tail of a sentence cut before it: the sentence before it in its article was
   * cut inside a name ("Army Spc.", "Ivan L."), or node i opens in lower case after one that does not
   * ("…at 1:30 a. m." / "on state Route 52 in San Diego, said…": a word in lower case opens no
   * sentence of an article that writes its sentences with capitals).
   */
  private boolean tailOfACutSentence(int i) {
    if (i == 0) {
      return false;
    }
    BriefBuilder.SentenceNode prev = nodes.get(i - 1);
    BriefBuilder.SentenceNode node = nodes.get(i);
    return prev.sentence().articleId().equals(node.sentence().articleId())
        && prev.sentence().index() == node.sentence().index() - 1
        && (Standalone.endsInsideAName(prev.sentence().text())
            || (Standalone.opensInLowerCase(node.sentence().text())
                && !Standalone.opensInLowerCase(prev.sentence().text())));
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

  /** @param claim the claim the sentence tells, or null */
  private Brief.SummarySentence toSummarySentence(Candidate c, ClaimList.Group claim) {
    // cited: the sources whose aligned sentence (or, for a claim, whose sentence of the claim)
    // states this one (Support); one that says it in other words corroborates it in the claims list
    Map<Integer, Brief.SentenceRef> evidence = new TreeMap<>();
    evidence.put(c.ownSource, ref(c.node));
    String text = nodes.get(c.node).sentence().text();
    c.support.forEach((src, j) -> {
      if (Support.states(nodes.get(j).sentence().text(), text)) {
        evidence.put(src, ref(j));
      }
    });
    if (claim != null) {
      for (int m : claim.members()) {
        int src = independent(m);
        if (!evidence.containsKey(src) && Support.states(nodes.get(m).sentence().text(), text)) {
          evidence.put(src, ref(m));
        }
      }
    }
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
