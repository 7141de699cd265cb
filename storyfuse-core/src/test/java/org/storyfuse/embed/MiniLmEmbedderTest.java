package org.storyfuse.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

  @Test
  void paraphrasesAreCloserThanUnrelatedSentencesAndVectorsAreCached() {
    MiniLmEmbedder embedder = new MiniLmEmbedder();
    List<Embedding> v = embedder.embedAll(List.of(
        "The mayor said the levee held through the night.",
        "According to the mayor, the levee survived the night.",
        "The central bank raised interest rates by half a point."));
    assertThat(v).allMatch(e -> e.dimensions() == 384);
    assertThat(v.get(0).cosine(v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    float[] x = v.get(0).vector();
    double norm = 0;
    for (float f : x) {
      norm += f * f;
    }
    assertThat(norm).as("unit length").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(v.get(0).cosine(v.get(1))).isGreaterThan(v.get(0).cosine(v.get(2)) + 0.2);
    assertThat(embedder.embed("The mayor said the levee held through the night.")).isSameAs(v.get(0));
    embedder.clearCache();
    Embedding again = embedder.embed("The mayor said the levee held through the night.");
    assertThat(again).isNotSameAs(v.get(0));
    assertThat(again.vector()).containsExactly(v.get(0).vector());
  }

  @Test
  void givesLangchain4jsVectorsBitForBitThoughItsSessionRunsOneThreadWithoutSpinning() {
    List<String> texts = List.of("Russia and the United States met in Geneva on Monday.",
        "Deputy Foreign Minister Sergei Ryabkov said the talks were difficult but professional.", "x");
    var reference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    List<Embedding> ours = new MiniLmEmbedder().embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      float[] expected = org.storyfuse.text.Vectors.unit(reference.embed(texts.get(i)).content().vector());
      assertThat(ours.get(i).vector()).as(texts.get(i)).containsExactly(expected);
    }
  }
}
