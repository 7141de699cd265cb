package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfTest {

  private final List<List<String>> docs = List.of(
      Terms.of("port closed after floods in Valmora"),
      Terms.of("floods close Valmora port, ships wait offshore"),
      Terms.of("e-bike maker recalls bikes over battery fires"));

  @Test
  void similarTextsScoreHigherThanUnrelatedOnes() {
    TfIdf tfidf = TfIdf.fit(docs);
    TermVector a = tfidf.vector(docs.get(0));
    TermVector b = tfidf.vector(docs.get(1));
    TermVector c = tfidf.vector(docs.get(2));
    assertThat(a.cosine(b)).isGreaterThan(0.3);
    assertThat(a.cosine(c)).isZero();
    assertThat(a.cosine(a)).isCloseTo(1.0, within(1e-6));
    assertThat(a.overlap(b)).isEqualTo(3); // port, flood, valmora
  }

  @Test
  void rareTermsWeighMoreThanCommonOnes() {
    TfIdf tfidf = TfIdf.fit(docs);
    assertThat(tfidf.idf("battery")).isGreaterThan(tfidf.idf("valmora"));
    assertThat(tfidf.idf("never-seen")).isGreaterThan(tfidf.idf("battery"));
  }

  @Test
  void unseenTermsGiveAnEmptyVector() {
    TfIdf tfidf = TfIdf.fit(docs);
    assertThat(tfidf.vector(List.of("zzz")).isEmpty()).isTrue();
    assertThat(TermVector.EMPTY.cosine(tfidf.vector(docs.get(0)))).isZero();
  }
}
