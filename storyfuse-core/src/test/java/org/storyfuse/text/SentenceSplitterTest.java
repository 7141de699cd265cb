package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void aPersonalTitleBeforeANameDoesNotEndTheSentence() {
    // MultiLing's Abu Ghraib cluster: the model ends a sentence after "Spc." and after "Maj."
    assertThat(splitter.splitParagraph("A United States Army court martial found Army Spc. Charles Graner guilty "
        + "of abusing prisoners at Iraq's Abu Ghraib prison. He was sentenced on Sunday."))
        .containsExactly("A United States Army court martial found Army Spc. Charles Graner guilty of abusing "
            + "prisoners at Iraq's Abu Ghraib prison.", "He was sentenced on Sunday.");
    assertThat(splitter.splitParagraph("The former warden of the prison, Maj. David DiNenno, testified."))
        .hasSize(1);
  }

  @Test
  void sentencesStillEndAtOrdinaryWords() {
    assertThat(splitter.splitParagraph("The talks were held in Geneva. Ryabkov said little."))
        .containsExactly("The talks were held in Geneva.", "Ryabkov said little.");
    assertThat(SentenceSplitter.endsWithTitle("found Army Spc.")).isTrue();
    assertThat(SentenceSplitter.endsWithTitle("They met Dr.")).isTrue();
    assertThat(SentenceSplitter.endsWithTitle("The vote was in Col. ")).isFalse(); // not at the very end
    assertThat(SentenceSplitter.endsWithTitle("They flew to Colombo.")).isFalse();
    assertThat(SentenceSplitter.endsWithTitle("The talks ended in Oslo.")).isFalse();
  }
}
