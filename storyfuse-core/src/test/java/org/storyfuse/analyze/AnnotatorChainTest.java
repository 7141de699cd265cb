package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.Embedding;

/** What each profile's chain runs, in which order, and where a chain stops; a stand-in for CoreNLP. */
class AnnotatorChainTest {

  /** Stands in for the CoreNLP step: records the articles it was asked to read, reads nothing. */
  static final class StandIn implements Annotator {
    final List<String> read = new ArrayList<>();

    @Override
    public void annotate(AnalysisContext context) {
      read.add(context.article().id());
      context.finish();
    }
  }

  static final Embedder NO_VECTORS = new Embedder() {
    @Override
    public int dimension() {
      return 0;
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
      return List.of();
    }
  };

  @Test
  void eachProfilesAnnotatorsInOrder() {
    List<String> common = List.of("SentenceSplitAnnotator", "LanguageAnnotator", "LengthLimitAnnotator", "StandIn");
    List<String> after = List.of("EntityAnnotator", "QuoteAnnotator", "TimeMentionAnnotator", "QuantityAnnotator");
    for (Profile p : List.of(Profile.FULL, Profile.FAST)) {
      assertThat(names(p.chain(new StandIn(), null))).as(p.name()).isEqualTo(concat(common, after));
    }
    assertThat(names(Profile.RAPID.chain(new StandIn(), null)))
        .isEqualTo(concat(common, List.of("TimeRulesAnnotator"), after));
    assertThat(names(Profile.FULL.chain(new StandIn(), NO_VECTORS)))
        .isEqualTo(concat(common, after, List.of("EmbeddingAnnotator")));
    assertThat(names(Profile.RAPID.chain(new StandIn(), NO_VECTORS))).endsWith("QuantityAnnotator", "EmbeddingAnnotator");
  }

  @Test
  void aRejectedArticleIsNotReadFurther() {
    StandIn coreNlp = new StandIn();
    AnalyzedArticle a = Profile.RAPID.chain(coreNlp, null).analyze(article("de", "2022-01-13",
        "Die Regierung in Tarsk hat am Montag angekündigt, dass die Deiche gehalten haben."), Profile.RAPID);
    assertThat(coreNlp.read).isEmpty();
    assertThat(a.analysed()).isFalse();
    assertThat(a.profile()).isEqualTo(Profile.RAPID);
  }

  @Test
  void anArticleWithoutSentencesIsNotReadFurther() {
    StandIn coreNlp = new StandIn();
    AnalyzedArticle a = Profile.FAST.chain(coreNlp, null).analyze(article("empty", "2022-01-13", "  "), Profile.FAST);
    assertThat(coreNlp.read).isEmpty();
    assertThat(a.analysed()).isTrue();
    assertThat(a.notes()).containsExactly("no sentences");
  }

  @Test
  void anEnglishArticleReachesTheCoreNlpStepAndStopsWhereItEndsTheChain() {
    StandIn coreNlp = new StandIn();
    AnalyzedArticle a = Profile.FULL.chain(coreNlp, NO_VECTORS).analyze(article("en", "2022-01-13",
        "The government in Tarsk announced on Monday that the levees had held through the night."), Profile.FULL);
    assertThat(coreNlp.read).containsExactly("en");
    assertThat(a.analysed()).isTrue();
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.tokens()).isZero();
    assertThat(a.mentions()).isEmpty();
  }

  private static List<String> names(AnnotatorChain chain) {
    return chain.annotators().stream().map(x -> x.getClass().getSimpleName()).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return concat(concat(a, b), c);
  }
}
