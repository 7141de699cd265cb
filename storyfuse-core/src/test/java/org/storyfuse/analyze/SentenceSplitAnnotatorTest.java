package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

class SentenceSplitAnnotatorTest {

  @Test
  void splitsTheBodyAsTheSentenceSplitterDoesAndAnalysesAllOfIt() {
    Article a = article("s", "2022-01-13", "The river rose. Ships waited offshore.", "The port stayed shut.");
    AnalysisContext context = new AnalysisContext(a, Profile.RAPID);
    new SentenceSplitAnnotator().annotate(context);
    assertThat(context.sentences()).isEqualTo(new SentenceSplitter().split(a));
    assertThat(context.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    assertThat(context.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    assertThat(context.analysed()).isEqualTo(context.sentences());
    assertThat(context.done()).isFalse();
  }
}
