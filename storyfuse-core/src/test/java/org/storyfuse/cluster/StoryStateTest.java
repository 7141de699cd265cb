package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryStateTest {

  private static StoryState one(int order) {
    float[] v = {(float) Math.cos(order), (float) Math.sin(order)};
    return new StoryState(-1, v, SparseProfile.empty(), SparseProfile.empty(), SparseProfile.empty(),
        SparseProfile.empty(), SparseProfile.empty(), SparseProfile.empty(), false, false, Double.NaN)
        .recentAs(v, order);
  }

  /** A group of the given arrivals, grown in the given order. */
  private static StoryState group(int... orders) {
    StoryState g = one(orders[0]).found(0, false);
    for (int k = 1; k < orders.length; k++) {
      g.absorb(one(orders[k]), 512);
    }
    return g;
  }

  private static List<Float> firstCoordinates(StoryState s) {
    List<Float> out = new ArrayList<>();
    for (float[] v : s.recent()) {
      out.add(v[0]);
    }
    return out;
  }

  @Test
  void theKeptMembersAreTheLatestOfTheUnionWhateverTheMergeOrder() {
    StoryState evens = group(0, 2, 4, 6, 8, 10, 12);
    StoryState odds = group(13, 1, 9, 3, 11, 5, 7);
    StoryState a = group(0, 2, 4, 6, 8, 10, 12);
    a.absorb(group(13, 1, 9, 3, 11, 5, 7), 512);
    StoryState b = odds;
    b.absorb(evens, 512);
    assertThat(a.recent().length).isEqualTo(StoryState.RECENT);
    assertThat(firstCoordinates(a)).isEqualTo(firstCoordinates(b));
    List<Float> latest = new ArrayList<>();
    for (int order = 14 - StoryState.RECENT; order < 14; order++) {
      latest.add((float) Math.cos(order));
    }
    assertThat(firstCoordinates(a)).isEqualTo(latest);
  }

  @Test
  void nearestIsTheMeanOfEachSidesBestCosine() {
    float[][] a = {{1, 0}, {0, 1}};
    float[][] b = {{0.6f, 0.8f}};
    // a's bests: 0.6 and 0.8 (mean 0.7); b's best: 0.8
    assertThat(StoryScorer.nearest(a, b)).isCloseTo((0.7 + 0.8) / 2, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(StoryScorer.nearest(a, new float[0][])).isZero();
  }
}
