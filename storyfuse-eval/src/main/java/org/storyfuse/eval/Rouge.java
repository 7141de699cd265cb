package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE (Lin 2004) of a candidate summary against reference summaries, each given as sentences.
 * Tokens come from {@link RougeTokenizer} (ROUGE-1.5.5 {@code -m} preprocessing).
 *
 * <ul>
 *   <li>ROUGE-N: clipped n-gram matches over the whole summary (n-grams run across sentence
 *       breaks, as ROUGE-1.5.5 and rouge-score count them).
 *   <li>ROUGE-L: summary-level LCS — for each reference sentence, the union of its LCS with every
 *       candidate sentence (Lin 2004, §3.2). Like ROUGE-1.5.5 (and rouge-score's "Lsum"), a union
 *       token counts only while both summaries still have an unmatched occurrence of it, so a
 *       candidate word is never matched twice.
 *   <li>Several references: the candidate is scored against each and the recalls, precisions and
 *       F1s are averaged (no jackknifing: the systems here are compared with each other, not with
 *       the human summaries).
 * </ul>
 * Length limits are the caller's job ({@link SummaryEvaluation} truncates every system alike).
 */
public final class Rouge {

  private Rouge() {}

  /** ROUGE-1, -2 and -L of a candidate against the mean over references. */
  public static RougeScores score(List<String> candidate, List<List<String>> references) {
    List<List<String>> cand = tokenize(candidate);
    List<RougeScores> perReference = new ArrayList<>();
    for (List<String> reference : references) {
      List<List<String>> ref = tokenize(reference);
      perReference.add(new RougeScores(rougeN(cand, ref, 1), rougeN(cand, ref, 2), rougeL(cand, ref)));
    }
    return RougeScores.mean(perReference);
  }

  /** Each sentence's tokens. */
  public static List<List<String>> tokenize(List<String> sentences) {
    return sentences.stream().map(RougeTokenizer::tokens).toList();
  }

  public static RougeScore rougeN(List<List<String>> candidate, List<List<String>> reference, int n) {
    Map<List<String>, Integer> cand = ngrams(flatten(candidate), n);
    Map<List<String>, Integer> ref = ngrams(flatten(reference), n);
    int hits = 0;
    for (Map.Entry<List<String>, Integer> e : ref.entrySet()) {
      hits += Math.min(e.getValue(), cand.getOrDefault(e.getKey(), 0));
    }
    return RougeScore.of(hits, total(cand), total(ref));
  }

  public static RougeScore rougeL(List<List<String>> candidate, List<List<String>> reference) {
    Map<String, Integer> candLeft = counts(candidate);
    Map<String, Integer> refLeft = counts(reference);
    int hits = 0;
    for (List<String> r : reference) {
      boolean[] inUnion = new boolean[r.size()];
      for (List<String> c : candidate) {
        for (int i : lcsPositions(r, c)) {
          inUnion[i] = true;
        }
      }
      for (int i = 0; i < r.size(); i++) {
        String t = r.get(i);
        if (inUnion[i] && candLeft.getOrDefault(t, 0) > 0 && refLeft.getOrDefault(t, 0) > 0) {
          hits++;
          candLeft.merge(t, -1, Integer::sum);
          refLeft.merge(t, -1, Integer::sum);
        }
      }
    }
    return RougeScore.of(hits, size(candidate), size(reference));
  }

  /**
   * Positions in {@code r} of one longest common subsequence with {@code c}. Ties are broken as
   * rouge-score's backtrack does (prefer dropping from the reference), so the union matches it.
   */
  static List<Integer> lcsPositions(List<String> r, List<String> c) {
    int[][] t = new int[r.size() + 1][c.size() + 1];
    for (int i = 1; i <= r.size(); i++) {
      for (int j = 1; j <= c.size(); j++) {
        t[i][j] = r.get(i - 1).equals(c.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    List<Integer> positions = new ArrayList<>();
    int i = r.size();
    int j = c.size();
    while (i > 0 && j > 0) {
      if (r.get(i - 1).equals(c.get(j - 1))) {
        positions.add(0, i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return positions;
  }

  private static List<String> flatten(List<List<String>> sentences) {
    List<String> out = new ArrayList<>();
    sentences.forEach(out::addAll);
    return out;
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private static Map<String, Integer> counts(List<List<String>> sentences) {
    Map<String, Integer> out = new HashMap<>();
    sentences.forEach(s -> s.forEach(t -> out.merge(t, 1, Integer::sum)));
    return out;
  }

  private static int total(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static int size(List<List<String>> sentences) {
    return sentences.stream().mapToInt(List::size).sum();
  }
}
