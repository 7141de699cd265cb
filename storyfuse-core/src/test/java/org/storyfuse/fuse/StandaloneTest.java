package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandaloneTest {

  @Test
  void aSentenceOpeningWithAWordThatPointsBackCannotStandAlone() {
    assertThat(Standalone.test("He said the bridge at Tarnow would reopen in May.")).isFalse();
    assertThat(Standalone.test("This comes after two weeks of flooding along the Vell.")).isFalse();
    assertThat(Standalone.test("It was the third closure this year.")).isFalse();
    assertThat(Standalone.test("Their offer was turned down by the council on Monday.")).isFalse();
    assertThat(Standalone.test("Mayor Ida Svensk said the bridge at Tarnow would reopen in May.")).isTrue();
    assertThat(Standalone.test("There were 40 boats in the harbour when the storm hit.")).isTrue();
    assertThat(Standalone.test("Hesitant donors gave less than in 2024.")).isTrue();
  }

  @Test
  void aQuoteStandsAloneOnlyWithANamedSpeaker() {
    assertThat(Standalone.test("“We will not reopen the bridge until it is safe.”")).isFalse();
    assertThat(Standalone.test("\"We will not reopen the bridge until it is safe,\" he said.")).isFalse();
    assertThat(Standalone.test("“We will not reopen the bridge until it is safe,” Mayor Ida Svensk said.")).isTrue();
    assertThat(Standalone.test("\"We will not reopen the bridge,\" said Ida Svensk, the mayor.")).isTrue();
  }
}
