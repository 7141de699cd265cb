package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.Embedding;
import org.storyfuse.model.Article;

class FeatureExtractorTest {

  /** Reads English only; records what it was asked to embed. */
  private static final class EnglishOnly implements Embedder {
    final List<String> asked = new ArrayList<>();

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
      asked.addAll(texts);
      return texts.stream().map(t -> new Embedding(new float[] {1, 0})).toList();
    }

    @Override
    public boolean reads(String language) {
      return "en".equals(language);
    }
  }

  private static Article article(String language, String title, String text) {
    return new Article("a-" + language, "a.txt", null, null, title, null, null, language, List.of(text));
  }

  @Test
  void anArticleInALanguageTheEmbedderDoesNotReadHasNoDensePart() {
    EnglishOnly embedder = new EnglishOnly();
    FeatureExtractor extractor = new FeatureExtractor(embedder);

    assertThat(extractor.extract(article("en", "Floods close the port", "The port closed on Monday.")).dense())
        .isNotNull();
    ArticleFeatures german = extractor.extract(article("de", "Hochwasser in Passau", "Die Altstadt steht unter Wasser."));
    assertThat(german.dense()).isNull();
    assertThat(german.entities()).isNotEmpty();
    assertThat(embedder.asked).hasSize(1);
  }
}
