package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.RecogniserGate.Decision;
import org.storyfuse.analyze.tag.PerceptronTagger;

/** Which sentences RAPID's recogniser reads: the capitals check, then the distilled entity tagger's margin. */
class RecogniserGateTest {

  private static PerceptronTagger pos;
  private static RecogniserGate gate;

  @BeforeAll
  static void load() {
    pos = PerceptronTagger.pos(TaggerModels.read(LeanReader.POS_MODEL));
    gate = new RecogniserGate(PerceptronTagger.ner(TaggerModels.read(LeanReader.NER_MODEL)));
  }

  private static Decision decide(RecogniserGate g, String sentence) {
    String[] words = sentence.split(" ");
    return g.decide(words, pos.tag(words));
  }

  @Test
  void noCapitalButAnOpeningFunctionWordIsSkipped() {
    assertThat(decide(gate, "He said it would take a year .")).isEqualTo(Decision.SKIP);
    assertThat(decide(RecogniserGate.CAPITALS_ONLY, "He said it would take a year .")).isEqualTo(Decision.SKIP);
  }

  @Test
  void aSentenceTheTaggerReadsAsNamingSomethingIsRead() {
    assertThat(decide(gate, "Russia said the talks had failed .")).isEqualTo(Decision.READ);
    assertThat(decide(gate, "Port Authority chief executive Marta Ilves said the port would stay shut ."))
        .isEqualTo(Decision.READ);
  }

  @Test
  void capitalsTheTaggerSurelyReadsAsNoNameWaitForTheRestOfTheArticle() {
    assertThat(decide(gate, "Water levels fell on Monday , but more rain is forecast for Friday ."))
        .isEqualTo(Decision.READ_IF_NAMED_ELSEWHERE);
    assertThat(decide(gate, "How to Choose a Pond Pump")).isEqualTo(Decision.READ_IF_NAMED_ELSEWHERE);
    // without the tagger every sentence with such a capital is read
    assertThat(decide(RecogniserGate.CAPITALS_ONLY, "How to Choose a Pond Pump")).isEqualTo(Decision.READ);
  }

  @Test
  void aCapitalisedWordOfANameFoundElsewhereCounts() {
    String[] words = "Ilves is due to meet shipping companies on Thursday .".split(" ");
    assertThat(RecogniserGate.usesAny(words, Set.of("Marta", "Ilves"))).isTrue();
    assertThat(RecogniserGate.usesAny(words, Set.of("Marta", "Greer"))).isFalse();
    // lower-case words of a name ("of" in "Bank of England") do not count
    assertThat(RecogniserGate.usesAny("the bank of the town".split(" "), Set.of("of"))).isFalse();
  }
}
