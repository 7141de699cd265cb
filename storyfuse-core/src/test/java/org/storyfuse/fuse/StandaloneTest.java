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

  @Test
  void aConnectiveDoesNotResolveThePronounAfterIt() {
    assertThat(Standalone.test("But he said the bridge at Tarnow would reopen in May.")).isFalse();
    assertThat(Standalone.test("And this was the third closure this year.")).isFalse();
    assertThat(Standalone.test("However, they refused to pay for the repairs.")).isFalse();
    assertThat(Standalone.test("But the council refused to pay for the repairs.")).isTrue();
    assertThat(Standalone.test("Meanwhile, Mayor Ida Svensk said the bridge would reopen in May.")).isTrue();
  }

  @Test
  void aPersonNamedOnlyByOfficeCannotStandAloneANameAfterTheOfficeCan() {
    assertThat(Standalone.test("The Russian diplomat also accused the Western side of lacking flexibility.")).isFalse();
    assertThat(Standalone.test("The minister's comments came a day after the vote in Tarnow.")).isFalse();
    assertThat(Standalone.test("The mayor said the bridge at Tarnow would reopen in May.")).isFalse();
    assertThat(Standalone.test("The foreign minister, Ida Svensk, said the talks would go on.")).isTrue();
    assertThat(Standalone.test("The President of Valmora Ida Svensk said the talks would go on.")).isTrue();
    assertThat(Standalone.test("The council said the bridge at Tarnow would reopen in May.")).isTrue();
    assertThat(Standalone.test("The head-on collision closed the road for six hours.")).isTrue();
  }

  @Test
  void aFragmentCutAfterAPersonalTitleCannotStandAlone() {
    assertThat(Standalone.test("A United States Army court martial found Army Spc.")).isFalse();
    assertThat(Standalone.endsWithTitleAbbreviation("the former warden of Abu Ghraib, Maj.")).isTrue();
    assertThat(Standalone.test("A court martial found Charles Graner guilty on Friday.")).isTrue();
  }
}
