package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/** Hand-made unit vectors, so the cosines are known: a·b 0.8, a·c 0.6, b·c 0.48, a·d 0.96, b·d 0.94 (d shares a's outlet). */
class SameMeaningOfADateTest {

  private static final BriefBuilder.SourceTable SOURCES = BriefBuilder.SourceTable.of(
      List.of(article("a"), article("b"), article("c")), Map.of());

  private static Article article(String id) {
    return new Article(id, id + ".txt", null, "Wire " + id, "Talks", null,
        PublicationDate.stated(LocalDate.parse("2022-01-13"), "2022-01-13"), "en", List.of("x"));
  }

  private static BriefBuilder.SentenceNode node(String article, int source, int index, String text) {
    TfIdf tfidf = TfIdf.fit(List.of(Terms.of(text)));
    return new BriefBuilder.SentenceNode(new Sentence(article, index, index, text), source, tfidf.vector(Terms.of(text)));
  }

  private final BriefBuilder.SentenceNode a = node("a", 1, 0, "Last month, the Russian government put forth security guarantees.");
  private final BriefBuilder.SentenceNode b = node("b", 2, 0, "In December, Russia unveiled proposals to contain NATO.");
  private final BriefBuilder.SentenceNode c = node("c", 3, 0, "His comments last month compared the tensions with 1962.");
  private final BriefBuilder.SentenceNode d = node("a", 1, 1, "The government's guarantees of last month were put forth again.");

  private final Map<BriefBuilder.SentenceNode, float[]> vectors = new java.util.IdentityHashMap<>(Map.of(
      a, new float[] {1, 0, 0}, b, new float[] {0.8f, 0.6f, 0}, c, new float[] {0.6f, 0, 0.8f},
      d, new float[] {0.96f, 0.28f, 0}));

  private SameMeaningOfADate of(List<BriefBuilder.SentenceNode> date) {
    return SameMeaningOfADate.of(Map.of("2021-12", date), SOURCES,
        wanted -> wanted.stream().map(vectors::get).toArray(float[][]::new));
  }

  @Test
  void twoOutletsSentencesThatAreEachOthersNearestAreOneDevelopment() {
    SameMeaningOfADate same = of(List.of(a, b, c));
    assertThat(same.test(a, b)).isTrue();
    assertThat(same.test(b, a)).isTrue();
    // c's nearest is a, but a's is b: c is another development of that month
    assertThat(same.test(a, c)).isFalse();
    assertThat(same.test(b, c)).isFalse();
  }

  @Test
  void anOutletIsNotComparedWithItself() {
    // a·d 0.96, but a and d are one outlet's; b's nearest is d (0.94), and d's is b
    SameMeaningOfADate same = of(List.of(a, b, d));
    assertThat(same.test(a, d)).isFalse();
    assertThat(same.test(b, d)).isTrue();
    assertThat(same.test(a, b)).isFalse();
  }

  @Test
  void theNearestBelowTheFloorIsNotTheSame() {
    vectors.put(b, new float[] {0.4f, 0.916515f, 0});
    assertThat(of(List.of(a, b)).test(a, b)).isFalse();
  }

  @Test
  void withoutVectorsNothingIsTheSame() {
    assertThat(SameMeaningOfADate.of(Map.of("2021-12", List.of(a, b)), SOURCES, null).test(a, b)).isFalse();
  }
}
