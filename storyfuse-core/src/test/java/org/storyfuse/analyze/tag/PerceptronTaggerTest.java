package org.storyfuse.analyze.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.tag.PerceptronTrainer.Example;

/** The averaged perceptron learns made-up languages whose tags follow from the words and their neighbours. */
class PerceptronTaggerTest {

  private static final String[] NAMES = {"Arvo", "Bela", "Cato", "Dara", "Elin", "Faro", "Gita", "Hano"};
  private static final String[] PLACES = {"Tarsk", "Velm", "Oskar", "Pirn", "Ulda", "Zenna"};
  private static final String[] VERBS = {"said", "visited", "left", "praised"};

  /** "NAME VERB PLACE ." and "the mayor of PLACE VERB NAME ." in random combinations. */
  static List<Example> sentences(int n, long seed) {
    Random r = new Random(seed);
    List<Example> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String name = NAMES[r.nextInt(NAMES.length)];
      String place = PLACES[r.nextInt(PLACES.length)];
      String verb = VERBS[r.nextInt(VERBS.length)];
      if (r.nextBoolean()) {
        out.add(new Example(new String[] {name, "Olsen", verb, place, "."}, null,
            new String[] {"B-PER", "I-PER", "O", "B-LOC", "O"}));
      } else {
        out.add(new Example(new String[] {"the", "mayor", "of", place, verb, name, "."}, null,
            new String[] {"O", "O", "O", "B-LOC", "O", "B-PER", "O"}));
      }
    }
    return out;
  }

  @Test
  void learnsEntityLabelsFromWordsAndContext() {
    PerceptronModel model = PerceptronTrainer.ner(5, 1).train(sentences(400, 7), 0f);
    PerceptronTagger tagger = PerceptronTagger.ner(model);
    assertThat(tagger.tag(new String[] {"Gita", "Olsen", "praised", "Velm", "."}))
        .containsExactly("B-PER", "I-PER", "O", "B-LOC", "O");
    assertThat(tagger.tag(new String[] {"the", "mayor", "of", "Ulda", "left", "Arvo", "."}))
        .containsExactly("O", "O", "O", "B-LOC", "O", "B-PER", "O");
  }

  @Test
  void neverStartsAnEntityInTheMiddle() {
    PerceptronModel model = PerceptronTrainer.ner(5, 1).train(sentences(400, 7), 0f);
    PerceptronTagger tagger = PerceptronTagger.ner(model);
    // whatever the words, an I- label only follows a B- or I- of the same type
    Random r = new Random(3);
    for (int k = 0; k < 200; k++) {
      String[] words = new String[6];
      for (int i = 0; i < words.length; i++) {
        words[i] = switch (r.nextInt(4)) {
          case 0 -> NAMES[r.nextInt(NAMES.length)];
          case 1 -> "Olsen";
          case 2 -> PLACES[r.nextInt(PLACES.length)];
          default -> VERBS[r.nextInt(VERBS.length)];
        };
      }
      String[] tags = tagger.tag(words);
      for (int i = 0; i < tags.length; i++) {
        if (tags[i].startsWith("I-")) {
          assertThat(i).isPositive();
          assertThat(tags[i - 1].substring(2)).isEqualTo(tags[i].substring(2));
        }
      }
    }
  }

  @Test
  void theSameDataGivesTheSameModelFile() throws IOException {
    byte[] a = bytes(PerceptronTrainer.ner(3, 11).train(sentences(200, 5), 0.001f));
    byte[] b = bytes(PerceptronTrainer.ner(3, 11).train(sentences(200, 5), 0.001f));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aWrittenModelReadsBackToTheSameTags() throws IOException {
    PerceptronModel model = PerceptronTrainer.ner(4, 1).train(sentences(300, 9), 0.001f);
    PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(bytes(model)));
    PerceptronTagger before = PerceptronTagger.ner(model);
    PerceptronTagger after = PerceptronTagger.ner(read);
    for (Example e : sentences(100, 99)) {
      assertThat(after.tag(e.words())).containsExactly(before.tag(e.words()));
    }
    assertThat(read.featureCount()).isEqualTo(model.featureCount());
    assertThat(read.classes()).isEqualTo(model.classes());
  }

  @Test
  void posTaggingUsesTheTagDictionaryForFrequentUnambiguousWords() {
    List<Example> data = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      data.add(new Example(new String[] {"the", "dog", "runs"}, null, new String[] {"DT", "NN", "VBZ"}));
      data.add(new Example(new String[] {"dogs", "run"}, null, new String[] {"NNS", "VBP"}));
    }
    PerceptronModel model = PerceptronTrainer.pos(3, 1).train(data, 0f);
    assertThat(model.fixedClass("the")).isNotNegative();
    assertThat(PerceptronTagger.pos(model).tag(new String[] {"the", "dogs", "run"})).containsExactly("DT", "NNS", "VBP");
  }

  @Test
  void aModelIsReadOnlyByTheTemplatesItWasTrainedWith() {
    PerceptronModel model = PerceptronTrainer.ner(1, 1).train(sentences(20, 1), 0f);
    assertThatThrownBy(() -> PerceptronTagger.pos(model)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("templates");
  }

  @Test
  void somethingElseIsNotAModel() {
    assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }

  private static byte[] bytes(PerceptronModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
