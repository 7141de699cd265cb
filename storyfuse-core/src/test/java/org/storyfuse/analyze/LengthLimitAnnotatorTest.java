package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.Test;
import org.storyfuse.text.Sentence;

class LengthLimitAnnotatorTest {

  @Test
  void leadingSentencesWithinTheLimitAreAnalysedAndTheNotesSaySo() {
    // 16 + 1 + 16 characters fit in 40, the third sentence does not
    AnalysisContext context = Analyzers.split(article("cut", "2022-01-13",
        "The river rose.", "The port closed.", "Ships waited offshore for days."), Profile.RAPID);
    new LengthLimitAnnotator(40).annotate(context);
    assertThat(context.analysed()).extracting(Sentence::text).containsExactly("The river rose.", "The port closed.");
    assertThat(context.sentences()).hasSize(3);
    assertThat(context.notes()).containsExactly("text cut at 40 characters: 2 of 3 sentences analysed");
    assertThat(context.done()).isFalse();
  }

  @Test
  void aShortTextIsLeftWhole() {
    AnalysisContext context = Analyzers.split(article("whole", "2022-01-13", "The river rose."), Profile.RAPID);
    new LengthLimitAnnotator(Analyzer.MAX_ANALYSED_CHARS).annotate(context);
    assertThat(context.analysed()).isEqualTo(context.sentences());
    assertThat(context.notes()).isEmpty();
  }

  @Test
  void noSentenceEndsTheChain() {
    AnalysisContext context = Analyzers.split(article("empty", "2022-01-13", "   "), Profile.RAPID);
    new LengthLimitAnnotator(Analyzer.MAX_ANALYSED_CHARS).annotate(context);
    assertThat(context.done()).isTrue();
    AnalyzedArticle result = context.result();
    assertThat(result.analysed()).isTrue();
    assertThat(result.notes()).containsExactly("no sentences");
    assertThat(result.tokens()).isZero();
  }

  @Test
  void aFirstSentenceLongerThanTheLimitLeavesNothingToRead() {
    AnalysisContext context = Analyzers.split(article("long", "2022-01-13", "The river rose above the old quay."),
        Profile.RAPID);
    new LengthLimitAnnotator(10).annotate(context);
    assertThat(context.notes()).containsExactly("text cut at 10 characters: 0 of 1 sentences analysed", "no sentences");
    assertThat(context.done()).isTrue();
  }
}
