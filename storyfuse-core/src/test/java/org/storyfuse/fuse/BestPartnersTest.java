package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfuse.text.ScoredPairs;

class BestPartnersTest {

  /** The dense node × source table BestPartners replaced, as ClaimAligner filled it. */
  private static int[][] denseBest(int n, int sourceCount, ScoredPairs pairs, double[] scores,
      int[] independent, double[][] bestScore) {
    int[][] best = new int[n][sourceCount];
    for (int[] row : best) {
      java.util.Arrays.fill(row, -1);
    }
    for (int k = 0; k < pairs.size(); k++) {
      int i = pairs.i(k);
      int j = pairs.j(k);
      int si = independent[i] - 1;
      int sj = independent[j] - 1;
      if (best[i][sj] < 0 || scores[k] > bestScore[i][sj]) {
        best[i][sj] = j;
        bestScore[i][sj] = scores[k];
      }
      if (best[j][si] < 0 || scores[k] > bestScore[j][si]) {
        best[j][si] = i;
        bestScore[j][si] = scores[k];
      }
    }
    return best;
  }

  @Test
  void holdsWhatTheDenseTableHeldTiesIncluded() {
    Random r = new Random(7);
    for (int round = 0; round < 300; round++) {
      int n = 1 + r.nextInt(60);
      int sourceCount = 1 + r.nextInt(12);
      int[] independent = new int[n];
      for (int x = 0; x < n; x++) {
        independent[x] = 1 + r.nextInt(sourceCount);
      }
      ScoredPairs pairs = new ScoredPairs();
      List<Double> scoreList = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      int wanted = r.nextInt(4 * n + 1);
      for (int t = 0; t < wanted; t++) {
        int i = r.nextInt(n);
        int j = r.nextInt(n);
        if (independent[i] == independent[j] || !seen.add((long) Math.min(i, j) << 32 | Math.max(i, j))) {
          continue;
        }
        pairs.add(Math.min(i, j), Math.max(i, j), 0);
        scoreList.add(r.nextInt(5) / 4.0); // few values: many ties
      }
      double[] scores = scoreList.stream().mapToDouble(Double::doubleValue).toArray();
      double[][] denseScore = new double[n][sourceCount];
      int[][] dense = denseBest(n, sourceCount, pairs, scores, independent, denseScore);
      BestPartners sparse = BestPartners.of(n, pairs, scores, independent);
      for (int x = 0; x < n; x++) {
        List<String> expected = new ArrayList<>();
        for (int s = 0; s < sourceCount; s++) {
          if (dense[x][s] >= 0) {
            expected.add((s + 1) + ":" + dense[x][s] + ":" + denseScore[x][s]);
          }
          assertThat(sparse.nodeFor(x, s + 1)).as("round %d node %d source %d", round, x, s + 1).isEqualTo(dense[x][s]);
        }
        List<String> actual = new ArrayList<>();
        for (int e = sparse.start(x); e < sparse.end(x); e++) {
          actual.add(sparse.source(e) + ":" + sparse.node(e) + ":" + sparse.score(e));
        }
        assertThat(actual).as("round %d node %d", round, x).isEqualTo(expected);
      }
    }
  }

  @Test
  void aNodeWithoutPairsHasNoPartners() {
    BestPartners none = BestPartners.of(3, new ScoredPairs(), new double[0], new int[] {1, 2, 3});
    assertThat(none.end(1) - none.start(1)).isZero();
    assertThat(none.nodeFor(1, 2)).isEqualTo(-1);
  }
}
