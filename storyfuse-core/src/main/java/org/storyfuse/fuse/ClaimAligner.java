package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.text.Vectors;
import org.storyfuse.text.ScoredPairs;
import org.storyfuse.text.SparseSimilarities;
import org.storyfuse.text.TermVector;

/**
 * Claim alignment: which sentences of other sources state the same fact as a given sentence.
 *
 * <p>Two sentences of different independent sources are scored by {@value #EMBEDDING_WEIGHT} × the
 * cosine of their MiniLM embeddings (meaning, not wording: "did not rule out deploying troops in
 * Venezuela and Cuba" / "refused to rule out a Russian military deployment to Cuba and Venezuela")
 * plus (1 − that) × their TF-IDF cosine (within one story every sentence is about the same
 * countries, so MiniLM rates different facts of it 0.6–0.7 alike; shared rare words separate them),
 * plus {@value #ENTITY_BONUS} for each rare entity both name (at most two; rare = named in at most
 * {@value #RARE_ENTITY_SHARE} of the story's sentences, so "Russia" in a Russia story counts for
 * nothing) and {@value #NUMBER_BONUS} for a number both state. A sentence's support in another source is that source's best-scoring
 * sentence when the score reaches {@value #ALIGN} and the match is mutual (each is the other's
 * best in its source), or when it reaches {@value #STRONG} (a source may say it twice), or when it
 * reaches {@value #SAME_OCCASION} and both name the same rare entity and the same resolved day
 * ("met in Geneva on Monday" / "who led the talks in Geneva on Monday, said ...": the second
 * sentence is about something else too, which lowers its score, but it does state the meeting).
 * Only pairs
 * with a TF-IDF cosine of at least {@value #LEXICAL_FLOOR} are scored (found through an inverted
 * index): on the seeds every gold pair has 0.09 or more, and the dense pass over all pairs of a
 * 50-article story would cost ~1M 384-d products. Thresholds: see docs/EVALUATION.md.
 *
 * <p>Also computes each sentence's lexical centrality (mean TF-IDF cosine to the other sources'
 * sentences), which the summary ranks by.
 */
final class ClaimAligner {

  static final double EMBEDDING_WEIGHT = 0.7;
  static final double ALIGN = 0.52;
  static final double STRONG = 0.60;
  static final double ENTITY_BONUS = 0.03;
  static final double NUMBER_BONUS = 0.03;
  static final double RARE_ENTITY_SHARE = 0.15;
  static final double LEXICAL_FLOOR = 0.05;
  static final double SAME_OCCASION = 0.40;
  /**
   * Candidate partners one sentence proposes, at most: bounds a story's pairs to n × this, so a
   * 400-article story is not 400 times the work of a 20-article one per sentence. Support is
   * counted per other source from these candidates; a sentence is rarely stated by more.
   */
  static final int NEIGHBOURS = 64;
  /**
   * Terms in more sentences than this propose no candidates (they still count in the cosine):
   * in a story of thousands of sentences a word in hundreds of them says nothing about which two match.
   */
  static final int MAX_POSTINGS = 400;
  /**
   * Sentences per independent source compared by meaning, at most: the most central ones (lexical
   * centrality, the summary's own ranking signal). Embedding was ~70% of fusion's time when every
   * sentence with a candidate partner was embedded — 75 sentences per article on long web pages,
   * whose tails (comments, related links, lists) the brief never shows. A pair with a sentence
   * outside this set is scored with its TF-IDF cosine in place of the MiniLM one: lower for a
   * paraphrase, so such a pair aligns only on near-identical wording (precision kept, some recall
   * lost). What the bound costs: {@code storyfuse eval alignment}, docs/EVALUATION.md.
   */
  static final int DENSE_PER_SOURCE = 40;
  /**
   * A candidate pair whose TF-IDF cosine is below this is no reason to embed its sentences: it is
   * scored by its wording unless both sentences have a vector for another pair. Sharing this few
   * words, a pair reaches {@value #ALIGN} only when MiniLM rates it about 0.6 or more, which within
   * one story is what different facts of it score, so such pairs almost never align by meaning
   * either. Chosen on the seeds and half of MultiLing (0.10 changed no citation, 0.15 missed one in
   * 390, 0.20 lost 2–6% of the seeds'); elsewhere 0.15 embedded 8–33% fewer sentences for 0.1–0.5
   * points of agreement with alignment that embeds every sentence: docs/EVALUATION.md.
   */
  static final double MEANING_FLOOR = 0.15;

  /**
   * The result, per node.
   *
   * @param support     per node: supporting independent source → its supporting node
   * @param score       per node: supporting source → alignment score
   * @param centrality  per node: mean TF-IDF cosine to the other sources' sentences
   * @param independent per node: its independent source number
   * @param contradicted per node: independent source → the node that would support it but states
   *                     other figures ("$500 million" / "$900 million"): aligned, never cited as support
   */
  record Alignment(List<Map<Integer, Integer>> support, List<Map<Integer, Double>> score, double[] centrality,
      int[] independent, List<Map<Integer, Integer>> contradicted) {}

  private ClaimAligner() {}

  /**
   * The pairs worth scoring (different independent sources, TF-IDF cosine at least {@value
   * #LEXICAL_FLOOR}) and every node's lexical centrality: one sparse pass, no embeddings. Only the
   * nodes of these pairs need a sentence vector, so a story with one source embeds nothing.
   */
  static Candidates candidates(BriefBuilder.SourceTable sources, List<BriefBuilder.SentenceNode> nodes,
      int densePerSource) {
    int n = nodes.size();
    int[] independent = new int[n];
    int[] sentencesPerSource = new int[sources.entries().size() + 1];
    for (int i = 0; i < n; i++) {
      independent[i] = sources.independentOf(nodes.get(i).source());
      sentencesPerSource[independent[i]]++;
    }
    List<TermVector> vectors = nodes.stream().map(BriefBuilder.SentenceNode::vector).toList();
    double[] centrality = centrality(vectors, independent, sentencesPerSource);
    ScoredPairs pairs = new ScoredPairs();
    SparseSimilarities.forEachNearPair(vectors, NEIGHBOURS, LEXICAL_FLOOR, MAX_POSTINGS, i -> independent[i],
        (i, j, sim) -> pairs.add(i, j, sim));
    return new Candidates(pairs, centrality, independent, dense(pairs, centrality, independent, densePerSource));
  }

  /**
   * The nodes compared by meaning: of those in some candidate pair, the {@code perSource} most
   * central of each independent source (ties: the earlier node, so the set is deterministic).
   */
  static java.util.BitSet dense(ScoredPairs pairs, double[] centrality, int[] independent, int perSource) {
    java.util.BitSet paired = new java.util.BitSet();
    for (int k = 0; k < pairs.size(); k++) {
      paired.set(pairs.i(k));
      paired.set(pairs.j(k));
    }
    Map<Integer, List<Integer>> bySource = new TreeMap<>();
    paired.stream().forEach(i -> bySource.computeIfAbsent(independent[i], s -> new ArrayList<>()).add(i));
    java.util.BitSet out = new java.util.BitSet();
    for (List<Integer> own : bySource.values()) {
      if (own.size() > perSource) {
        own.sort((a, b) -> centrality[a] != centrality[b] ? Double.compare(centrality[b], centrality[a])
            : Integer.compare(a, b));
      }
      own.subList(0, Math.min(perSource, own.size())).forEach(out::set);
    }
    return out;
  }

  /**
   * Mean TF-IDF cosine of each sentence to the other sources' sentences, in linear time: the
   * vectors are unit length, so the sum of its cosines to a set is its cosine with the set's sum.
   * The sums are dense arrays by term id (one for the story, one reused source by source), each
   * adding the weights in node order.
   */
  static double[] centrality(List<TermVector> vectors, int[] independent, int[] sentencesPerSource) {
    int n = vectors.size();
    int terms = TermVector.idBound(vectors);
    double[] total = new double[terms];
    List<List<Integer>> nodesOfSource = new ArrayList<>();
    for (int s = 0; s < sentencesPerSource.length; s++) {
      nodesOfSource.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      addTo(total, vectors.get(i));
      nodesOfSource.get(independent[i]).add(i);
    }
    double[] out = new double[n];
    double[] own = new double[terms];
    for (List<Integer> sourceNodes : nodesOfSource) {
      for (int i : sourceNodes) {
        addTo(own, vectors.get(i));
      }
      for (int i : sourceNodes) {
        int others = n - sentencesPerSource[independent[i]];
        if (others == 0) {
          continue;
        }
        TermVector v = vectors.get(i);
        double sum = 0;
        for (int t = 0; t < v.size(); t++) {
          sum += v.weightAt(t) * (total[v.idAt(t)] - own[v.idAt(t)]);
        }
        out[i] = Math.max(0, sum) / others;
      }
      for (int i : sourceNodes) {
        TermVector v = vectors.get(i);
        for (int t = 0; t < v.size(); t++) {
          own[v.idAt(t)] = 0;
        }
      }
    }
    return out;
  }

  /** Adds {@code v}'s weights into a dense sum by term id. */
  private static void addTo(double[] sum, TermVector v) {
    for (int t = 0; t < v.size(); t++) {
      sum[v.idAt(t)] += v.weightAt(t);
    }
  }

  /** The candidate pairs with their TF-IDF cosine (in the sparse pass's deterministic order), centrality and independent sources. */
  record Candidates(ScoredPairs pairs, double[] centrality, int[] independent, java.util.BitSet dense) {

    /**
     * The nodes whose vector {@link ClaimAligner#align} uses, when {@code compared} (the dense set and any other
     * node given a vector) have one: those with a candidate partner also in {@code compared} whose
     * TF-IDF cosine reaches {@code floor} ({@link ClaimAligner#MEANING_FLOOR}), since a pair is scored
     * by meaning only when both sides have a vector. A dense node whose partners all lie outside the
     * set, or share too few words with it, would be embedded for nothing.
     */
    java.util.BitSet usedVectors(java.util.BitSet compared, double floor) {
      java.util.BitSet out = new java.util.BitSet();
      for (int k = 0; k < pairs.size(); k++) {
        if (compared.get(pairs.i(k)) && compared.get(pairs.j(k)) && pairs.score(k) >= floor) {
          out.set(pairs.i(k));
          out.set(pairs.j(k));
        }
      }
      return out;
    }
  }

  /**
   * Aligns the candidate pairs; {@code embeddings} must hold a vector for every node of {@link
   * Candidates#nodes} (others may be null).
   */
  static Alignment align(List<BriefBuilder.SentenceNode> nodes, float[][] embeddings, List<SentenceFacts> facts,
      Candidates candidates) {
    int n = nodes.size();
    int[] independent = candidates.independent();
    double[] centrality = candidates.centrality();
    java.util.function.Predicate<String> rare = rareEntities(facts);
    ScoredPairs pairs = candidates.pairs();
    double[] scores = meaning(pairs, embeddings);
    for (int k = 0; k < pairs.size(); k++) {
      scores[k] = score(scores[k], pairs.score(k), facts.get(pairs.i(k)), facts.get(pairs.j(k)), rare);
    }
    BestPartners best = BestPartners.of(n, pairs, scores, independent);
    List<Map<Integer, Integer>> support = new ArrayList<>(n);
    List<Map<Integer, Double>> supportScore = new ArrayList<>(n);
    List<Map<Integer, Integer>> contradicted = new ArrayList<>(n);
    // one node's aligned entries (indices into best) before they become maps, sized once
    int[] supporting = new int[best.maxEntries()];
    int[] contradicting = new int[best.maxEntries()];
    // one map's entries before they are copied into it: sources ascending, boxed values
    int[] entrySources = new int[best.maxEntries()];
    Object[] entryNodes = new Object[best.maxEntries()];
    Object[] entryScores = new Object[best.maxEntries()];
    for (int i = 0; i < n; i++) {
      int supports = 0;
      int contradictions = 0;
      int own = independent[i];
      for (int e = best.start(i); e < best.end(i); e++) {
        int j = best.node(e);
        double score = best.score(e);
        boolean mutual = best.nodeFor(j, own) == i;
        if (score >= STRONG || (mutual && score >= ALIGN)
            || (score >= SAME_OCCASION && facts.get(i).sameOccasion(facts.get(j), rare))) {
          if (facts.get(i).contradicts(facts.get(j))) {
            contradicting[contradictions++] = e; // the same claim with other figures: a discrepancy, not a citation
          } else {
            supporting[supports++] = e;
          }
        }
      }
      // entries come by ascending source, the order the maps iterate in
      for (int t = 0; t < supports; t++) {
        entrySources[t] = best.source(supporting[t]);
        entryNodes[t] = best.node(supporting[t]);
        entryScores[t] = best.score(supporting[t]);
      }
      support.add(SourceMap.of(entrySources, entryNodes, supports));
      supportScore.add(SourceMap.of(entrySources, entryScores, supports));
      for (int t = 0; t < contradictions; t++) {
        entrySources[t] = best.source(contradicting[t]);
        entryNodes[t] = best.node(contradicting[t]);
      }
      contradicted.add(SourceMap.of(entrySources, entryNodes, contradictions));
    }
    return new Alignment(support, supportScore, centrality, independent, contradicted);
  }

  /**
   * Each pair's meaning similarity: the cosine of its embeddings, or for a sentence outside the dense
   * set its TF-IDF cosine in place of the MiniLM one (see {@link #DENSE_PER_SOURCE}). The pairs come
   * grouped by their first node, so a node's products are taken four partners at a time ({@link
   * Vectors#dot4}: the same numbers, in about half the time).
   */
  static double[] meaning(ScoredPairs pairs, float[][] embeddings) {
    double[] out = new double[pairs.size()];
    int[] batch = new int[4]; // pairs of one first node, both embedded, not yet computed
    int batched = 0;
    double[] products = new double[4];
    for (int k = 0; k < pairs.size(); k++) {
      int i = pairs.i(k);
      float[] ownVector = embeddings[i];
      if (ownVector == null || embeddings[pairs.j(k)] == null) {
        out[k] = pairs.score(k);
        continue;
      }
      if (batched > 0 && pairs.i(batch[0]) != i) {
        dotEach(pairs, embeddings, batch, batched, out);
        batched = 0;
      }
      batch[batched++] = k;
      if (batched == batch.length) {
        Vectors.dot4(ownVector, embeddings[pairs.j(batch[0])], embeddings[pairs.j(batch[1])],
            embeddings[pairs.j(batch[2])], embeddings[pairs.j(batch[3])], products, 0);
        for (int b = 0; b < batch.length; b++) {
          out[batch[b]] = products[b];
        }
        batched = 0;
      }
    }
    dotEach(pairs, embeddings, batch, batched, out);
    return out;
  }

  /** The embedding cosines of the first {@code count} pairs of an unfilled batch, one at a time. */
  private static void dotEach(ScoredPairs pairs, float[][] embeddings, int[] batch, int count, double[] out) {
    for (int b = 0; b < count; b++) {
      out[batch[b]] = Vectors.dot(embeddings[pairs.i(batch[b])], embeddings[pairs.j(batch[b])]);
    }
  }

  /** The story's rare entities: named in at most {@value #RARE_ENTITY_SHARE} of its sentences (one facts entry per node). */
  static java.util.function.Predicate<String> rareEntities(List<SentenceFacts> facts) {
    Map<String, Integer> entityFrequency = new HashMap<>();
    facts.forEach(f -> f.entities().forEach(e -> entityFrequency.merge(e, 1, Integer::sum)));
    int rareLimit = (int) Math.floor(facts.size() * RARE_ENTITY_SHARE);
    return e -> entityFrequency.getOrDefault(e, 0) <= rareLimit;
  }

  /** Meaning similarity with the shared-facts bonus. */
  static double score(double embeddingCosine, double tfidfCosine, SentenceFacts fa, SentenceFacts fb,
      java.util.function.Predicate<String> rareEntity) {
    return EMBEDDING_WEIGHT * embeddingCosine + (1 - EMBEDDING_WEIGHT) * tfidfCosine
        + (fa == SentenceFacts.NONE || fb == SentenceFacts.NONE ? 0
            : ENTITY_BONUS * Math.min(2, fa.sharedEntities(fb, rareEntity)) + (fa.sharesNumber(fb) ? NUMBER_BONUS : 0));
  }


}
