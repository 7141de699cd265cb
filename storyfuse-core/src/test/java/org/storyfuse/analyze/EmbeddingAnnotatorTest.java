package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.Embedding;

/** The embedding step alone, with a stand-in embedder (the MiniLM one has its own test). */
class EmbeddingAnnotatorTest {

  @Test
  void oneVectorPerAnalysedSentenceInOrder() {
    List<List<String>> calls = new ArrayList<>();
    Embedder lengths = new Embedder() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public List<Embedding> embedAll(List<String> texts) {
        calls.add(texts);
        return texts.stream().map(t -> new Embedding(new float[] {t.length()})).toList();
      }
    };
    AnalysisContext context = Analyzers.split(article("e", "2022-01-13", "The river rose.", "Ships waited.",
        "The port stayed shut."), Profile.FULL);
    context.setAnalysed(context.sentences().subList(0, 2));
    new EmbeddingAnnotator(lengths).annotate(context);
    assertThat(calls).containsExactly(List.of("The river rose.", "Ships waited."));
    assertThat(context.embeddings()).extracting(e -> e.vector()[0]).containsExactly(15f, 13f);
  }
}
