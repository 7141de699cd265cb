package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.storyfuse.text.ScoredPairs;

class ClaimAlignerVectorsTest {

  private static BitSet of(int... nodes) {
    BitSet out = new BitSet();
    for (int n : nodes) {
      out.set(n);
    }
    return out;
  }

  @Test
  void aVectorIsUsedOnlyWhereBothSidesOfAPairAreComparedByMeaning() {
    ScoredPairs pairs = new ScoredPairs();
    pairs.add(0, 1, 0.3); // both compared: both need vectors
    pairs.add(2, 3, 0.2); // 3 is not compared: the pair is scored by its wording, 2 needs none for it
    pairs.add(4, 5, 0.1); // neither
    ClaimAligner.Candidates candidates = new ClaimAligner.Candidates(pairs, new double[6], new int[] {1, 2, 1, 2, 1, 2},
        of(0, 1, 2));
    assertThat(candidates.usedVectors(of(0, 1, 2), 0).stream().boxed().toList()).containsExactly(0, 1);
    // a node given a vector for another reason (an actor sentence) makes its partner's vector count
    assertThat(candidates.usedVectors(of(0, 1, 2, 3), 0).stream().boxed().toList()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aPairSharingTooFewWordsIsNoReasonToEmbedItsSentences() {
    ScoredPairs pairs = new ScoredPairs();
    pairs.add(0, 1, 0.40); // shares many words: compared by meaning
    pairs.add(2, 3, 0.12); // below the floor: scored by its wording, no vector for it
    pairs.add(0, 3, 0.15); // at the floor: counts, so 3 is embedded after all
    ClaimAligner.Candidates candidates = new ClaimAligner.Candidates(pairs, new double[4], new int[] {1, 2, 1, 2},
        of(0, 1, 2, 3));
    assertThat(candidates.usedVectors(of(0, 1, 2, 3), 0.15).stream().boxed().toList()).containsExactly(0, 1, 3);
    assertThat(candidates.usedVectors(of(0, 1, 2, 3), 0.5).stream().boxed().toList()).isEmpty();
    assertThat(candidates.usedVectors(of(0, 1, 2, 3), 0).stream().boxed().toList()).containsExactly(0, 1, 2, 3);
  }
}
