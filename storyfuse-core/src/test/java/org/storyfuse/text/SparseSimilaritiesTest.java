package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseSimilaritiesTest {

  @Test
  void visitsExactlyThePairsWithNonZeroCosineWithTheSameValues() {
    String[] words = {"port", "flood", "river", "ship", "mayor", "fund", "rain", "quay", "battery", "recall"};
    Random random = new Random(3);
    List<List<String>> docs = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      List<String> terms = new ArrayList<>();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        terms.add(words[random.nextInt(words.length)]);
      }
      docs.add(terms);
    }
    TfIdf tfidf = TfIdf.fit(docs);
    List<TermVector> vectors = docs.stream().map(tfidf::vector).toList();

    List<String> sparse = new ArrayList<>();
    SparseSimilarities.forEachPair(vectors, (i, j, c) -> sparse.add(i + "-" + j + ":" + c));
    List<String> brute = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      for (int j = i + 1; j < vectors.size(); j++) {
        double c = vectors.get(i).cosine(vectors.get(j));
        if (c > 0) {
          brute.add(i + "-" + j + ":" + c);
        }
      }
    }
    assertThat(sparse).isNotEmpty().isEqualTo(brute);
  }

  @Test
  void noVectorsNoPairs() {
    List<String> seen = new ArrayList<>();
    SparseSimilarities.forEachPair(List.of(), (i, j, c) -> seen.add(i + "-" + j));
    SparseSimilarities.forEachPair(List.of(TermVector.EMPTY, TermVector.EMPTY), (i, j, c) -> seen.add(i + "-" + j));
    assertThat(seen).isEmpty();
  }
}
