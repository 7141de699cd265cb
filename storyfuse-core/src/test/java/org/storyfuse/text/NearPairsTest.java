package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearPairsTest {

  private static List<TermVector> sentences(int n, long seed) {
    Random r = new Random(seed);
    String[] words = "port flood river quay minister fund rain ship terminal mayor city water district storm"
        .split(" ");
    List<List<String>> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> d = new ArrayList<>();
      for (int w = 0; w < 6; w++) {
        d.add(words[r.nextInt(words.length)]);
      }
      d.add("rare" + r.nextInt(n)); // a word few sentences share
      docs.add(d);
    }
    TfIdf tfidf = TfIdf.fit(docs);
    return docs.stream().map(tfidf::vector).toList();
  }

  private static List<String> visit(List<TermVector> v, boolean near, int k, int maxPostings, double floor) {
    List<String> out = new ArrayList<>();
    if (near) {
      SparseSimilarities.forEachNearPair(v, k, floor, maxPostings, i -> i % 3,
          (i, j, c) -> out.add(i + "-" + j + ":" + String.format("%.9f", c)));
    } else {
      SparseSimilarities.forEachPair(v, (i, j, c) -> {
        if (i % 3 != j % 3 && c >= floor) {
          out.add(i + "-" + j + ":" + String.format("%.9f", c));
        }
      });
    }
    return out;
  }

  @Test
  void withoutBindingLimitsItVisitsExactlyThePairsAboveTheFloor() {
    List<TermVector> v = sentences(60, 3);
    List<String> all = visit(v, false, 0, 0, 0.05);
    assertThat(all).isNotEmpty();
    assertThat(visit(v, true, 1000, 1000, 0.05)).isEqualTo(all);
  }

  @Test
  void theShortlistIsTheHeadOfAFullSortTiesIncluded() {
    Random r = new Random(11);
    for (int round = 0; round < 200; round++) {
      int n = 1 + r.nextInt(300);
      double[] dot = new double[n];
      List<Integer> candidates = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        dot[j] = r.nextInt(4) == 0 ? 0.5 : r.nextInt(20) / 10.0; // many ties
        if (r.nextBoolean()) {
          candidates.add(j);
        }
      }
      java.util.Collections.shuffle(candidates, r); // touched in any order
      int[] touched = candidates.stream().mapToInt(Integer::intValue).toArray();
      int[] out = new int[1 + r.nextInt(40)];
      int listed = SparseSimilarities.best(touched, touched.length, dot, out);
      List<Integer> sorted = new ArrayList<>(candidates);
      sorted.sort((a, b) -> dot[a] != dot[b] ? Double.compare(dot[b], dot[a]) : Integer.compare(a, b));
      List<Integer> head = sorted.subList(0, Math.min(out.length, sorted.size()));
      assertThat(java.util.Arrays.stream(out, 0, listed).boxed().toList()).as("round %d", round).isEqualTo(head);
    }
    assertThat(SparseSimilarities.best(new int[] {1, 2}, 2, new double[] {0, 1, 2}, new int[0])).isZero();
  }

  @Test
  void pairsGrowWithNTimesKNotNSquared() {
    List<TermVector> v = sentences(3000, 5);
    List<String> near = visit(v, true, 8, 400, 0.05);
    // the 14 common words (in hundreds of sentences each) propose nothing; the rare ones do
    assertThat(near.size()).isLessThanOrEqualTo(3000 * 8).isGreaterThan(300);
    // every proposed pair is a real pair of different groups above the floor
    assertThat(near).allSatisfy(p -> {
      String[] ij = p.split("[-:]");
      assertThat(Integer.parseInt(ij[0]) % 3).isNotEqualTo(Integer.parseInt(ij[1]) % 3);
      assertThat(Double.parseDouble(ij[2])).isGreaterThanOrEqualTo(0.05);
    });
  }
}
