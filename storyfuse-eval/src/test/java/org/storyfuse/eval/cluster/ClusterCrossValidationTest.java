package org.storyfuse.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How cross-validation deals topics to folds. */
class ClusterCrossValidationTest {

  private static final List<String> TOPICS = IntStream.range(0, 23).mapToObj(i -> String.format("t%02d", i)).toList();

  @Test
  void theFirstDealIsNameOrderRoundRobin() {
    Map<String, Integer> fold = ClusterCrossValidation.deal(TOPICS, 5, 0);
    for (int i = 0; i < TOPICS.size(); i++) {
      assertThat(fold.get(TOPICS.get(i))).isEqualTo(i % 5);
    }
  }

  @Test
  void otherDealsShuffleTopicsButKeepFoldsEvenAndAreRepeatable() {
    Map<String, Integer> one = ClusterCrossValidation.deal(TOPICS, 5, 1);
    Map<String, Integer> two = ClusterCrossValidation.deal(TOPICS, 5, 2);

    assertThat(one).isEqualTo(ClusterCrossValidation.deal(TOPICS, 5, 1)).isNotEqualTo(two)
        .isNotEqualTo(ClusterCrossValidation.deal(TOPICS, 5, 0));
    assertThat(one).containsOnlyKeys(TOPICS);
    Collection<Long> sizes = one.values().stream().collect(Collectors.groupingBy(f -> f, Collectors.counting())).values();
    assertThat(sizes).hasSize(5).allSatisfy(n -> assertThat(n).isBetween(4L, 5L));
  }
}
