package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TermStatsTest {

  /** idf = ln((1 + N) / (1 + df)) + 1, written as the class computes it: ln(1 + N) − ln(1 + df) + 1. */
  private static double expectedIdf(int documents, int df) {
    return Math.log1p(documents) - Math.log1p(df) + 1.0;
  }

  @Test
  void idfFollowsTheCountsOfEveryTermAsTheVocabularyGrows() {
    TermStats stats = new TermStats();
    Random random = new Random(7);
    int terms = 5_000; // past the arrays' first sizes, so growth keeps what was counted
    int[] df = new int[terms];
    int documents = 300;
    for (int d = 0; d < documents; d++) {
      // each document: a few common terms, a few rare ones, always distinct and ascending
      TreeSet<Integer> ids = new TreeSet<>();
      while (ids.size() < 40) {
        int t = random.nextBoolean() ? random.nextInt(50) : random.nextInt(terms);
        ids.add(stats.idOf("t" + t));
      }
      int[] distinct = ids.stream().mapToInt(Integer::intValue).toArray();
      stats.observe(distinct);
      for (int id : distinct) {
        df[id]++;
      }
    }
    for (int t = 0; t < terms; t++) {
      int id = stats.idOf("t" + t);
      assertThat(stats.idf(id, stats.logN())).isEqualTo(expectedIdf(documents, df[id]));
    }
  }

  @Test
  void countsSetFromACollectionGiveTheSameIdfAsCountsObserved() {
    TermStats observed = new TermStats();
    TermStats set = new TermStats();
    int a = observed.idOf("quake");
    int b = observed.idOf("rescue");
    observed.observe(new int[] {a, b});
    observed.observe(new int[] {a});
    observed.observe(new int[] {a});
    set.setDocumentFrequency(set.idOf("quake"), 3);
    set.setDocumentFrequency(set.idOf("rescue"), 1);
    set.setDocuments(3);

    assertThat(set.idf(a, set.logN())).isEqualTo(observed.idf(a, observed.logN())).isEqualTo(expectedIdf(3, 3));
    assertThat(set.idf(b, set.logN())).isEqualTo(observed.idf(b, observed.logN())).isEqualTo(expectedIdf(3, 1));
    // a term never counted has df 0: the highest idf
    int unseen = set.idOf("aftershock");
    assertThat(set.idf(unseen, set.logN())).isEqualTo(expectedIdf(3, 0));
  }
}
