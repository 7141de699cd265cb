package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which sentences the recogniser may skip: no capital but a function word opening them. */
class NamelessSentencesTest {

  private static boolean mayName(String sentence) {
    return NamelessSentences.mayNameSomething(sentence.split(" "));
  }

  @Test
  void aSentenceOfCommonWordsNamesNothing() {
    assertThat(mayName("The council voted to close the bridge after cracks were found .")).isFalse();
    assertThat(mayName("He said it would take a year .")).isFalse();
    // the opening word is the first word, after any quote mark
    assertThat(mayName("“ We will reopen it , ” she said .")).isFalse();
    assertThat(mayName("“ Repairs start today , ” Ilves said .")).isTrue();
    assertThat(mayName("In 2021 , 42 bikes were recalled .")).isFalse();
  }

  @Test
  void aCapitalAnywhereButOnAnOpeningFunctionWordKeepsTheSentence() {
    assertThat(mayName("Russia said the talks had failed .")).isTrue();
    assertThat(mayName("Kestrel recalled the bikes .")).isTrue();
    assertThat(mayName("The mayor of Springfield said so .")).isTrue();
    assertThat(mayName("New York police said so .")).isTrue();
    assertThat(mayName("repairs will take a year , officials said .")).isFalse();
  }

  @Test
  void aNameWithASmallFirstLetterKeepsTheSentence() {
    // as NameWindows reads them: a capital anywhere in the word
    assertThat(mayName("the flaw was found by iDefense researchers .")).isTrue();
    assertThat(mayName("sales on eBay rose .")).isTrue();
    assertThat(mayName("the e-mail was sent at noon .")).isFalse();
  }
}
