package org.storyfuse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The helpers of the text extractor, each alone. */
class SmallPartsTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "The storm closed the port on Tuesday.",
        "\"We will reopen on Thursday,\" the harbour master said.",
        "“It was a good life.”",
        "The storm closed the port on Tuesday and more than 400 passengers were stranded at the "
            + "terminal with no news about when the crossings would resume or who would pay",
        "Die Fähre legte am Dienstag wegen des Sturms nicht ab.",
        "港口管理局表示，从四月起票价将上涨百分之八，以应对燃料成本的上升。",
      })
  void prose(String text) {
    assertThat(Prose.isProse(text)).isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "Ferry fares rise for the third time this year",
        "U.S. and Nordland still apart after port talks – report",
        "Will the ferries run on Thursday after the storm in Port Kestrel?",
        "Windmill parts stranded at Saltmarsh docks: operator...",
        "Storm.",
        "Related Posts",
      })
  void notProse(String text) {
    assertThat(Prose.isProse(text)).isFalse();
  }

  @Test
  void wordsCountsTokensWithLettersAndIdeographs() {
    assertThat(Prose.words("The port – closed, again!")).isEqualTo(4);
    assertThat(Prose.words("港口管理局")).isEqualTo(2);
    assertThat(Prose.words("  ")).isZero();
  }

  @Test
  void aTrailOrATabTitleGivesItsOneLongPartAsTheHeadline() {
    assertThat(Boilerplate.headlineInATrail("Home » Recipes » Breads » Beginners Sourdough Bread Recipe"))
        .contains("Beginners Sourdough Bread Recipe");
    assertThat(Boilerplate.headlineInATrail("You are here: Home / Blog / Oklahoma / Best Food City in the South"))
        .contains("Best Food City in the South");
    assertThat(Boilerplate.headlineInATrail("Home ▸ News Release ▸ Ferry fares rise for the third time"))
        .contains("Ferry fares rise for the third time");
    assertThat(Boilerplate.headlineInATrail("How meditation rewires brains | Opinion")).contains("How meditation rewires brains");
    // a headline's own slash, two long parts (a list of headlines), no separator: no trail
    assertThat(Boilerplate.headlineInATrail("21+ Best Movers / Moving Companies in San Francisco")).isEmpty();
    assertThat(Boilerplate.headlineInATrail("Ferry fares rise again | Storm closes Port Kestrel")).isEmpty();
    assertThat(Boilerplate.headlineInATrail("Ferry fares rise for the third time this year")).isEmpty();
  }

  @Test
  void bullets() {
    assertThat(Prose.stripBullet("• Russia: Talks stall")).isEqualTo("Russia: Talks stall");
    assertThat(Prose.stripBullet("- item")).isEqualTo("item");
    assertThat(Prose.stripBullet("-5 degrees tonight")).isEqualTo("-5 degrees tonight");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SULAIMANI — Talks in the port city resumed on Monday.|Talks in the port city resumed on Monday.",
        "WASHINGTON (Coastal Wire) - Talks in the port city resumed.|Talks in the port city resumed.",
        "NEW YORK, Jan 13 (CW) – Talks in the port city resumed.|Talks in the port city resumed.",
        "U.S. — Talks in the port city resumed on Monday.|Talks in the port city resumed on Monday.",
        "Saltmarsh (CW) — Talks in the port city resumed on Monday.|Talks in the port city resumed on Monday.",
        "Saltmarsh — Talks in the port city resumed on Monday.|Saltmarsh — Talks in the port city resumed on Monday.",
        "The talks — which resumed on Monday — went on late.|The talks — which resumed on Monday — went on late.",
        "OK — fine.|OK — fine.",
      })
  void datelines(String paragraph, String expected) {
    assertThat(Datelines.strip(paragraph)).isEqualTo(expected);
  }

  @Test
  void repeatsKeepTheFullerCopy() {
    String full = "The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.";
    String pull = "ending 150 years of keepers at the light";
    List<String> paragraphs =
        List.of(
            "The coastguard will automate the Cape Dorran light next year…",
            full + " The decision follows a review.",
            full,
            "A short line repeated.",
            "A short line repeated.",
            pull);
    assertThat(RepeatedText.dropRepeats(paragraphs))
        .containsExactly(full + " The decision follows a review.", "A short line repeated.",
            "A short line repeated.", pull);
  }

  @Test
  void equalCopiesKeepTheFirst() {
    String p = "The coastguard will automate the Cape Dorran light next year, ending 150 years.";
    assertThat(RepeatedText.dropRepeats(List.of(p, "Other text here.", p))).containsExactly(p, "Other text here.");
  }

  @Test
  void ellipsisInsideAQuoteIsNotATeaserCut() {
    String quote = "She said: “We were firm … in pushing back on proposals that cannot work for the port.”";
    String other = "She said: “We were firm in the talks,” and left the harbour office without questions.";
    assertThat(RepeatedText.dropRepeats(List.of(quote, other))).containsExactly(quote, other);
  }

  @Test
  void bylines() {
    assertThat(BylineFinder.name("By Mara Okonkwo")).contains("Mara Okonkwo");
    assertThat(BylineFinder.name("BY MARA OKONKWO | Harbour Ledger")).contains("MARA OKONKWO");
    assertThat(BylineFinder.name("Written by Ana Lima and Tom Berg")).contains("Ana Lima and Tom Berg");
    assertThat(BylineFinder.name("By the end of the week the port had reopened.")).isEmpty();
    assertThat(BylineFinder.name("Byers said so")).isEmpty();
  }

  @Test
  void dateLabels() {
    assertThat(DateLabel.of("Published: ")).isEqualTo(DateLabel.PUBLISHED);
    assertThat(DateLabel.of("Posted on ")).isEqualTo(DateLabel.PUBLISHED);
    assertThat(DateLabel.of(" Last updated: ")).isEqualTo(DateLabel.UPDATED);
    assertThat(DateLabel.of("Published: x Updated: ")).isEqualTo(DateLabel.UPDATED);
    assertThat(DateLabel.of("Dhaka, ")).isEqualTo(DateLabel.NONE);
  }
}
