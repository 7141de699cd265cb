package org.storyfuse.eval.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.SilverTags.TaggedSentence;

class TaggerAgreementTest {

  @Test
  void spansAreComparedByExtentAndType() {
    String[] words = {"Ana", "Ruiz", "visited", "New", "York", "."};
    TaggedSentence reference = new TaggedSentence(words, new String[] {"NNP", "NNP", "VBD", "NNP", "NNP", "."},
        new String[] {"B-PERSON", "I-PERSON", "O", "B-LOCATION", "I-LOCATION", "O"});
    TaggedSentence candidate = new TaggedSentence(words, new String[] {"NNP", "NNP", "VBD", "NNP", "NNP", "NN"},
        new String[] {"B-PERSON", "I-PERSON", "O", "B-ORGANIZATION", "I-ORGANIZATION", "O"});
    TaggerAgreement agreement = new TaggerAgreement(5);
    agreement.add(List.of(reference), List.of(candidate));
    assertThat(agreement.posAccuracy()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(agreement.spanPrecision()).isEqualTo(0.5);
    assertThat(agreement.spanRecall()).isEqualTo(0.5);
    assertThat(agreement.differences()).containsExactlyInAnyOrder(
        "- LOCATION: Ana Ruiz visited [New York] .", "+ ORGANIZATION: Ana Ruiz visited [New York] .");
  }

  @Test
  void anInsideLabelWithoutABeginningStartsASpan() {
    assertThat(TaggerAgreement.spans(new String[] {"I-PERSON", "I-PERSON", "O", "B-LOCATION", "B-LOCATION"}))
        .containsExactlyInAnyOrder("0:2:PERSON", "3:4:LOCATION", "4:5:LOCATION");
  }
}
