package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.Test;

/** The quantity step alone: plain text, no CoreNLP. */
class QuantityAnnotatorTest {

  @Test
  void quantitiesOfTheAnalysedSentencesOnlyWithTheirSentenceIndex() {
    AnalysisContext context = Analyzers.split(article("q", "2022-01-13",
        "About 4,000 residents left their homes.", "The minister pledged €25 million.",
        "Two dozen ships waited for three days."), Profile.RAPID);
    context.setAnalysed(context.sentences().subList(0, 2));
    new QuantityAnnotator().annotate(context);
    assertThat(context.quantities()).extracting(q -> q.text() + "|" + q.value() + "|" + q.unit() + "|" + q.sentence())
        .containsExactly("About 4,000 residents|4000.0|null|0", "€25 million|2.5E7|EUR|1");
    assertThat(context.quantities().get(0).approximate()).isTrue();
  }
}
