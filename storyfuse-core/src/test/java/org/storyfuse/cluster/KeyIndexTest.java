package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

  private static List<Integer> posted(KeyIndex index, int key) {
    List<Integer> out = new ArrayList<>();
    index.forEach(key, out::add);
    return out;
  }

  @Test
  void aPostingListKeepsItsNewestStoriesNewestFirstAndOneEntryForARepeat() {
    KeyIndex index = new KeyIndex(4);
    for (int story : new int[] {1, 2, 2, 3, 4, 5, 6}) {
      index.add(7, story);
    }
    assertThat(posted(index, 7)).containsExactly(6, 5, 4, 3);
    assertThat(posted(index, 8)).isEmpty();
  }

  @Test
  void mostVotesFirstThenTheMoreRecentGroupAndSkippedGroupsTakeNoPlace() {
    int[] votes = {5, 9, 5, 3, 9, 5, 12, 12, 12, 40, 40, 40, 40};
    // 40 has the most votes but is skipped (an expired group): it must not take one of the places
    int[] top = KeyIndex.mostVoted(votes.clone(), votes.length, g -> g == 40, 3);
    assertThat(top).containsExactly(12, 5, 9);
    assertThat(KeyIndex.mostVoted(votes.clone(), votes.length, g -> false, 2)).containsExactly(40, 12);
    assertThat(KeyIndex.mostVoted(votes.clone(), 0, g -> false, 5)).isEmpty();
  }

  /** The ranking a map of counts gives (the code before session 23), on random votes. */
  @Test
  void theRankingIsTheOneAMapOfCountsGives() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 200; round++) {
      int count = random.nextInt(0, 1200);
      int[] votes = new int[count];
      for (int i = 0; i < count; i++) {
        votes[i] = random.nextInt(0, 1 + random.nextInt(1, 3000));
      }
      IntPredicate skip = g -> g % 7 == 3;
      Map<Integer, Integer> counts = new HashMap<>();
      for (int v : votes) {
        counts.merge(v, 1, Integer::sum);
      }
      counts.keySet().removeIf(skip::test);
      int[] expected = counts.entrySet().stream()
          .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue() : b.getKey() - a.getKey())
          .limit(20).mapToInt(Map.Entry::getKey).toArray();
      assertThat(KeyIndex.mostVoted(Arrays.copyOf(votes, count + 5), count, skip, 20)).containsExactly(expected);
    }
  }
}
