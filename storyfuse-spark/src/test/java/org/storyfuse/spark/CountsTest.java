package org.storyfuse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The counts a task builds from its articles' key counts answer as the whole input's table would. */
class CountsTest {

  private static KeyCounts keys(Object... keyThenCount) {
    List<Tuple2<String, Integer>> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < keyThenCount.length; i += 2) {
      pairs.add(new Tuple2<>((String) keyThenCount[i], (Integer) keyThenCount[i + 1]));
    }
    return KeyCounts.of(pairs);
  }

  @Test
  void keyCountsAreInKeyOrderWhateverOrderTheJoinGivesThem() {
    assertThat(keys("tzebra", 3, "eAcme", 2, "tapple", 5))
        .isEqualTo(keys("tapple", 5, "tzebra", 3, "eAcme", 2))
        .satisfies(k -> assertThat(k.keys()).containsExactly("eAcme", "tapple", "tzebra"));
  }

  @Test
  void theUnionOfTwoArticlesKeyCountsAnswersForBothAndOneForAKeyNoOtherOriginalHolds() {
    Counts counts = Counts.of(40, List.of(keys("tquay", 4, "eValmora", 7), keys("tquay", 4, "tflood", 2)));
    assertThat(counts.documents()).isEqualTo(40);
    assertThat(counts.termDocuments("quay")).isEqualTo(4);
    assertThat(counts.termDocuments("flood")).isEqualTo(2);
    assertThat(counts.entityDocuments("Valmora")).isEqualTo(7);
    // a term and a name with the same spelling are different keys
    assertThat(counts.entityDocuments("quay")).isEqualTo(1);
    assertThat(counts.termDocuments("lighthouse")).isEqualTo(1);
    assertThat(Counts.of(40, List.of(KeyCounts.NONE)).termDocuments("quay")).isEqualTo(1);
  }
}
