package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact ROUGE values, each worked out by hand in the comment above it. */
class RougeTest {

  private static final double EXACT = 1e-12;

  private static List<List<String>> tokens(String... sentences) {
    return Rouge.tokenize(List.of(sentences));
  }

  private static void assertScore(RougeScore s, double recall, double precision, double f1) {
    assertThat(s.recall()).isCloseTo(recall, within(EXACT));
    assertThat(s.precision()).isCloseTo(precision, within(EXACT));
    assertThat(s.f1()).isCloseTo(f1, within(EXACT));
  }

  @Test
  void tokenizerLowercasesSplitsOnNonAlphanumericsAndStemsOnlyLongTokens() {
    // "was"/"bus" stay (three letters or fewer); "Cats"→cat, "running"→run, "U.S." → u, s
    assertThat(RougeTokenizer.tokens("The Cats were running; bus was late in the U.S. (2005)!"))
        .containsExactly("the", "cat", "were", "run", "bus", "was", "late", "in", "the", "u", "s", "2005");
  }

  // Lin (2004)'s example. cand: the cat was found under the bed (7 tokens);
  // ref: the cat was under the bed (6 tokens).
  private final List<List<String>> cand = tokens("The cat was found under the bed.");
  private final List<List<String>> ref = tokens("The cat was under the bed.");

  @Test
  void rouge1CountsClippedUnigramMatches() {
    // matches: the×2, cat, was, under, bed = 6; R = 6/6, P = 6/7, F = 2·(6/7)/(1 + 6/7) = 12/13
    assertScore(Rouge.rougeN(cand, ref, 1), 1.0, 6.0 / 7, 12.0 / 13);
  }

  @Test
  void rouge2CountsBigramMatches() {
    // cand bigrams 6, ref bigrams 5; shared: the cat, cat was, under the, the bed = 4
    // R = 4/5, P = 4/6, F = 2·(4/5)(2/3)/(4/5 + 2/3) = 8/11
    assertScore(Rouge.rougeN(cand, ref, 2), 0.8, 4.0 / 6, 8.0 / 11);
  }

  @Test
  void rougeLOfOneSentenceIsItsLcs() {
    // LCS = the cat was under the bed = 6; R = 6/6, P = 6/7, F = 12/13
    assertScore(Rouge.rougeL(cand, ref), 1.0, 6.0 / 7, 12.0 / 13);
  }

  @Test
  void rougeNRunsAcrossSentenceBreaks() {
    // cand "w1 w2" + "w3": bigrams w1 w2, w2 w3 (2); ref "w1 w2 w3": the same 2 → R = P = F = 1
    assertScore(Rouge.rougeN(tokens("w1 w2.", "w3."), tokens("w1 w2 w3."), 2), 1.0, 1.0, 1.0);
  }

  @Test
  void rougeLIsTheSummaryLevelUnionLcs() {
    // Lin (2004) §3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
    // LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union = w1 w2 w3 w5 = 4 hits.
    // R = 4/5, P = 4/10, F = 2·0.8·0.4/1.2 = 8/15
    RougeScore s = Rouge.rougeL(tokens("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), tokens("w1 w2 w3 w4 w5"));
    assertScore(s, 0.8, 0.4, 8.0 / 15);
  }

  @Test
  void rougeLNeverMatchesACandidateWordTwice() {
    // refs r1 = w1 w2, r2 = w1 w3; cand c = w1 w2 w3 (one w1).
    // r1: union LCS w1 w2 → 2 hits, uses c's only w1. r2: union LCS w1 w3, w1 is used up → 1 hit.
    // hits 3: R = 3/4, P = 3/3, F = 2·0.75/1.75 = 6/7 (counting the paper's way would give P = 4/3)
    RougeScore s = Rouge.rougeL(tokens("w1 w2 w3"), tokens("w1 w2", "w1 w3"));
    assertScore(s, 0.75, 1.0, 6.0 / 7);
  }

  @Test
  void stemmingMatchesInflections() {
    // cand: the cat were run (4); ref: cat run (2) → hits 2, R = 1, P = 1/2, F = 2/3
    assertScore(Rouge.rougeN(tokens("The cats were running."), tokens("Cat runs."), 1), 1.0, 0.5, 2.0 / 3);
  }

  @Test
  void severalReferencesAreAveraged() {
    // vs ref A "the cat was under the bed": R-1 (1, 6/7, 12/13) as above.
    // vs ref B "a dog": no match → (0, 0, 0). Mean: (1/2, 3/7, 6/13).
    RougeScores s = Rouge.score(List.of("The cat was found under the bed."),
        List.of(List.of("The cat was under the bed."), List.of("A dog.")));
    assertScore(s.rouge1(), 0.5, 3.0 / 7, 6.0 / 13);
    // R-2 vs A (0.8, 2/3, 8/11), vs B zero → (0.4, 1/3, 4/11)
    assertScore(s.rouge2(), 0.4, 1.0 / 3, 4.0 / 11);
  }

  @Test
  void emptyCandidateScoresZero() {
    assertScore(Rouge.score(List.of(), List.of(List.of("The cat."))).rougeL(), 0, 0, 0);
  }
}
