package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up sentences about a port closure. */
class ShellNounReferenceTest {

  @Test
  void aDefiniteShellNounThatDoesNotSayWhatItIsPointsBack() {
    assertThat(ShellNounReference.test("The Valmora Courier reported the news on Thursday, citing Andrade.")).isTrue();
    assertThat(ShellNounReference.test("The move drew protests from dock workers in Valmora.")).isTrue();
    assertThat(ShellNounReference.test("Freight companies welcomed this decision on Monday.")).isTrue();
    assertThat(ShellNounReference.test("Dock workers protested against the latest move, the union said.")).isTrue();
    assertThat(ShellNounReference.test("The port authority confirmed the report.")).isTrue();
    assertThat(ShellNounReference.test("Valmora's state-run news agency reported the news on Thursday.")).isTrue();
    assertThat(ShellNounReference.test("The decision, officials said, was taken by the port board.")).isTrue();
  }

  @Test
  void aShellNounThatSaysWhatItIsOrWasIntroducedStandsAlone() {
    assertThat(ShellNounReference.test("The decision to close the Port of Valmora drew protests.")).isFalse();
    assertThat(ShellNounReference.test("The news that the port would close reached Tarnow on Monday.")).isFalse();
    assertThat(ShellNounReference.test("The report by the port auditors found no fault.")).isFalse();
    assertThat(ShellNounReference.test("The statement Sofia Andrade made on Monday was short.")).isFalse();
    assertThat(ShellNounReference.test("The Valmora news agency Tessin Press said the port would close.")).isFalse();
    assertThat(ShellNounReference.test("The board took a decision to close the port; the decision drew protests.")).isFalse();
    assertThat(ShellNounReference.test("The Port of Valmora closed all five terminals on Monday.")).isFalse();
    assertThat(ShellNounReference.test("Officials said that claims of damage would be paid in May.")).isFalse();
  }

  @Test
  void aSentenceThatPointsBackWithAShellNounCannotStandAlone() {
    assertThat(Standalone.test("The Valmora Courier reported the news on Thursday, citing Andrade.")).isFalse();
    assertThat(Standalone.test("Sofia Andrade said the Port of Valmora would reopen in May.")).isTrue();
  }
}
