package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  @Test
  void perfectClusteringScoresOne() {
    ClusteringScores s = ClusteringScores.of(List.of("a", "a", "b"), List.of("x", "x", "y"));
    assertThat(s.bcubedF1()).isEqualTo(1.0);
    assertThat(s.clusteringF1()).isEqualTo(1.0);
  }

  @Test
  void allInOneClusterHasFullRecallAndLowPrecision() {
    ClusteringScores s = ClusteringScores.of(List.of("a", "a", "b", "b"), List.of("x", "x", "x", "x"));
    assertThat(s.bcubedRecall()).isEqualTo(1.0);
    assertThat(s.bcubedPrecision()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void singletonsHaveFullPrecisionAndLowRecall() {
    ClusteringScores s = ClusteringScores.of(List.of("a", "a", "a", "b"), List.of("1", "2", "3", "4"));
    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    // items of a: recall 1/3 each; b: 1 → (3 * 1/3 + 1) / 4 = 0.5
    assertThat(s.bcubedRecall()).isCloseTo(0.5, within(1e-9));
    // gold a best matched by a singleton: F1 = 2 * 1 * 1/3 / (4/3) = 0.5, weight 3; b: 1, weight 1
    assertThat(s.clusteringF1()).isCloseTo((0.5 * 3 + 1) / 4, within(1e-9));
  }
}
