package org.storyfuse.eval.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.RecogniserGate;
import org.storyfuse.analyze.SilverTags.TaggedSentence;

/** The gate's replay: tokens spared, and the recogniser's spans that sat in spared sentences. */
class GateCurveTest {

  private static final String[] PORT = "Port Authority chief executive Marta Ilves said the port would stay shut .".split(" ");
  private static final String[] PORT_BIO = {"B-ORGANIZATION", "I-ORGANIZATION", "O", "O", "B-PERSON", "I-PERSON",
      "O", "O", "O", "O", "O", "O", "O"};
  private static final String[] DUE = "Ilves is due to meet shipping companies on Thursday .".split(" ");
  private static final String[] DUE_BIO = {"B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"};
  private static final String[] RAIN = "Water levels fell on Monday , but more rain is forecast for Friday .".split(" ");

  private static final java.util.Map<String[], String> POS = java.util.Map.of(
      PORT, "NNP NNP NN NN NNP NNP VBD DT NN MD VB JJ .",
      DUE, "NNP VBZ JJ TO VB NN NNS IN NNP .",
      RAIN, "NN NNS VBD IN NNP , CC JJR NN VBZ VBN IN NNP .");

  /** A sentence as both sides see it: the recogniser's labels, and the POS tags the gate's tagger reads. */
  private static TaggedSentence sentence(String[] words, String[] bio) {
    return new TaggedSentence(words, POS.get(words).split(" "), bio);
  }

  private static String[] outside(int n) {
    String[] o = new String[n];
    java.util.Arrays.fill(o, "O");
    return o;
  }

  @Test
  void sparesSurelyNamelessSentencesButNotASurnameTheArticleNamesInFull() {
    GateCurve curve = new GateCurve(RecogniserGate.shipped());
    List<TaggedSentence> article = List.of(sentence(PORT, PORT_BIO), sentence(DUE, DUE_BIO),
        sentence(RAIN, outside(RAIN.length)));
    curve.add(article, article);
    assertThat(curve.readWithout()).isEqualTo(PORT.length + DUE.length + RAIN.length);
    assertThat(curve.sparedShare()).isEqualTo((double) RAIN.length / (PORT.length + DUE.length + RAIN.length));
    assertThat(curve.spans()).isEqualTo(3);
    assertThat(curve.lost()).isZero();
  }

  @Test
  void aNameInASparedSentenceIsCountedLost() {
    GateCurve curve = new GateCurve(RecogniserGate.shipped());
    List<TaggedSentence> article = List.of(sentence(DUE, DUE_BIO));
    curve.add(article, article);
    assertThat(curve.sparedShare()).isEqualTo(1.0);
    assertThat(curve.lost()).isEqualTo(1);
    // a margin no sentence reaches spares nothing
    GateCurve none = new GateCurve(RecogniserGate.shipped().withMargin(Double.POSITIVE_INFINITY));
    none.add(article, article);
    assertThat(none.sparedShare()).isZero();
    assertThat(none.lost()).isZero();
  }
}
