package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Two sentences of different outlets that name the same day or month and mean the same, by sentence vector:
 * each is the other's nearest among that date's sentences of other outlets, and their cosine is at
 * least {@link #FLOOR}. Outlets tell one development in words that share few terms ("the Russian
 * government put forth a number of security guarantees" / "Russia unveiled proposals to contain the
 * United States and NATO", both of December); a date's sentence about another development (the same
 * month's "comments in which he compared the tensions with the 1962 crisis") is nearer to neither.
 * Mutual nearness, not a cosine alone: the cosines of one story's sentences are all high, and
 * the nearest partner is what tells same from related.
 */
final class SameMeaningOfADate {

  /**
   * Below this, the nearest is not near enough to be the same development (MiniLM cosine; the seeds'
   * December pair is 0.50; merges read on MultiLing and ECB+ in docs/EVALUATION.md, issue 13).
   */
  static final double FLOOR = 0.45;

  private final Set<Long> pairs;
  private final Map<BriefBuilder.SentenceNode, Integer> idOf;

  private SameMeaningOfADate(Set<Long> pairs, Map<BriefBuilder.SentenceNode, Integer> idOf) {
    this.pairs = pairs;
    this.idOf = idOf;
  }

  boolean test(BriefBuilder.SentenceNode a, BriefBuilder.SentenceNode b) {
    Integer i = idOf.get(a);
    Integer j = idOf.get(b);
    return i != null && j != null && pairs.contains(key(i, j));
  }

  private static long key(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }

  /**
   * @param byDate  each date's timeline sentences (day and month dates; background dates left out)
   * @param vectors unit vectors for a list of nodes (null entries where there is none); null: no pairs
   */
  static SameMeaningOfADate of(Map<String, List<BriefBuilder.SentenceNode>> byDate, BriefBuilder.SourceTable sources,
      Function<List<BriefBuilder.SentenceNode>, float[][]> vectors) {
    Map<BriefBuilder.SentenceNode, Integer> idOf = new IdentityHashMap<>();
    List<BriefBuilder.SentenceNode> wanted = new ArrayList<>();
    List<List<BriefBuilder.SentenceNode>> dates = new ArrayList<>();
    for (List<BriefBuilder.SentenceNode> nodes : byDate.values()) {
      // only a date that two outlets write of can hold two outlets' wordings of one development
      if (vectors != null && nodes.stream().map(n -> sources.independentOf(n.source())).distinct().count() >= 2) {
        dates.add(nodes);
        for (BriefBuilder.SentenceNode n : nodes) {
          if (idOf.putIfAbsent(n, wanted.size()) == null) {
            wanted.add(n);
          }
        }
      }
    }
    if (wanted.isEmpty()) {
      return new SameMeaningOfADate(Set.of(), Map.of());
    }
    float[][] v = vectors.apply(wanted);
    Set<Long> pairs = new java.util.HashSet<>();
    for (List<BriefBuilder.SentenceNode> nodes : dates) {
      int[] nearest = new int[nodes.size()];
      double[] best = new double[nodes.size()];
      for (int a = 0; a < nodes.size(); a++) {
        nearest[a] = -1;
        best[a] = Double.NEGATIVE_INFINITY;
        float[] va = v[idOf.get(nodes.get(a))];
        for (int b = 0; b < nodes.size(); b++) {
          float[] vb = v[idOf.get(nodes.get(b))];
          if (a == b || va == null || vb == null
              || sources.independentOf(nodes.get(a).source()) == sources.independentOf(nodes.get(b).source())) {
            continue;
          }
          double cos = org.storyfuse.text.Vectors.dot(va, vb);
          if (cos > best[a]) {
            best[a] = cos;
            nearest[a] = b;
          }
        }
      }
      for (int a = 0; a < nodes.size(); a++) {
        int b = nearest[a];
        if (b > a && nearest[b] == a && best[a] >= FLOOR) {
          pairs.add(key(idOf.get(nodes.get(a)), idOf.get(nodes.get(b))));
        }
      }
    }
    return new SameMeaningOfADate(Collections.unmodifiableSet(pairs), idOf);
  }
}
