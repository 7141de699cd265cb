package org.storyfuse.analyze.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  private final List<String[]> words = new ArrayList<>();
  private final List<String[]> labels = new ArrayList<>();

  private void sentence(String text, String bio) {
    words.add(text.split(" "));
    labels.add(bio.split(" "));
  }

  @Test
  void aSurnameOnItsOwnIsThePersonNamedInFull() {
    sentence("Deputy Minister Sergei Ryabkov spoke .", "O O B-PERSON I-PERSON O O");
    sentence("Ryabkov said talks were at a dead end .", "O O O O O O O O O");
    DocumentConsistency.apply(words, labels);
    assertThat(labels.get(1)[0]).isEqualTo("B-PERSON");
  }

  @Test
  void aWordTheArticleAlsoWritesInLowerCaseIsLeftAlone() {
    sentence("Minister Anna Will arrived .", "O B-PERSON I-PERSON O O");
    sentence("Will the talks go on ?", "O O O O O O");
    sentence("It is their will .", "O O O O O");
    DocumentConsistency.apply(words, labels);
    assertThat(labels.get(1)[0]).isEqualTo("O");
  }

  @Test
  void aNameTakesTheTypeMostOfItsMentionsHave() {
    sentence("Moscow rejected the offer .", "B-LOCATION O O O O");
    sentence("Talks in Moscow ended .", "O O B-LOCATION O O");
    sentence("Moscow said no .", "B-PERSON O O O");
    DocumentConsistency.apply(words, labels);
    assertThat(labels.get(2)[0]).isEqualTo("B-LOCATION");
  }

  @Test
  void aTieKeepsEachReading() {
    sentence("Jordan won .", "B-PERSON O O");
    sentence("Jordan borders Israel .", "B-LOCATION O B-LOCATION O");
    DocumentConsistency.apply(words, labels);
    assertThat(labels.get(0)[0]).isEqualTo("B-PERSON");
    assertThat(labels.get(1)[0]).isEqualTo("B-LOCATION");
  }

  @Test
  void multiWordNamesAreRelabelledWhole() {
    sentence("New York sued .", "B-ORGANIZATION I-ORGANIZATION O O");
    sentence("In New York it rained .", "O B-LOCATION I-LOCATION O O O");
    sentence("They left New York .", "O O B-LOCATION I-LOCATION O");
    DocumentConsistency.apply(words, labels);
    assertThat(labels.get(0)).startsWith("B-LOCATION", "I-LOCATION");
  }
}
