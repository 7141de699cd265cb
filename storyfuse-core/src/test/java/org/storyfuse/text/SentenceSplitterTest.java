package org.storyfuse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void aDecimalPointIsNoSentenceBoundary() {
    // the model accepts the dot inside "0.5" as a boundary and ends the piece after the number
    assertThat(splitter.splitParagraph(
        "The bank raised rates by 0.5 points on Tuesday. Inflation is at 3.2 percent, the office said."))
        .containsExactly("The bank raised rates by 0.5 points on Tuesday.", "Inflation is at 3.2 percent, the office said.");
    assertThat(splitter.splitParagraph("Rates up 0.5 points as central bank fights inflation"))
        .containsExactly("Rates up 0.5 points as central bank fights inflation");
  }

  @Test
  void realBoundariesStayIncludingThoseAfterClosingQuotes() {
    assertThat(splitter.splitParagraph("\u201cWe will not reopen,\u201d she said. \u201cNot yet.\u201d The port stays shut."))
        .containsExactly("\u201cWe will not reopen,\u201d she said.", "\u201cNot yet.\u201d", "The port stays shut.");
    assertThat(splitter.splitParagraph("Shares fell 2.5 percent in early trading. The index lost 1.25 points!"))
        .containsExactly("Shares fell 2.5 percent in early trading.", "The index lost 1.25 points!");
  }

  @Test
  void aParagraphWithoutFinalPunctuationIsOneSentence() {
    assertThat(splitter.splitParagraph("Visit example.com for the full 2.0 release notes"))
        .containsExactly("Visit example.com for the full 2.0 release notes");
  }

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
  void aMonthsAbbreviationBeforeTheDayDoesNotEndTheSentence() {
    assertThat(splitter.splitParagraph("The council of Tarnow approved the grant on Saturday, Jan. 15, after a long "
        + "debate. The ferry resumed in Sept. It was late."))
        .containsExactly("The council of Tarnow approved the grant on Saturday, Jan. 15, after a long debate.",
            "The ferry resumed in Sept.", "It was late.");
  }

  @Test
  void anInitialismSpelledWithSpacesDoesNotEndTheSentence() {
    // tokenised corpora (ECB+) write "U. S." and "F. B. I."; the model cut after "U." and left
    // "S. Geological Survey said…" as a sentence of its own
    assertThat(splitter.splitParagraph("The U. S. Geological Survey said the quake struck at a depth of 10 "
        + "kilometers. Agents of the F. B. I. arrived in Tarnow on Monday. He waited for Plan B. It failed. "
        + "It struck at 9:27 a. m., about 14 miles from Tarnow."))
        .containsExactly("The U. S. Geological Survey said the quake struck at a depth of 10 kilometers.",
            "Agents of the F. B. I. arrived in Tarnow on Monday.", "He waited for Plan B.", "It failed.",
            "It struck at 9:27 a. m., about 14 miles from Tarnow.");
  }

  @Test
  void theDayAfterAClockTimeStaysInItsSentence() {
    assertThat(splitter.splitParagraph("The ferry was hit around 7 p.m. Wednesday. It sank at 3 a.m. Police said so."))
        .containsExactly("The ferry was hit around 7 p.m. Wednesday.", "It sank at 3 a.m.", "Police said so.");
  }

  @Test
  void aFullDateGluedToTheFirstSentenceIsALineOfItsOwn() {
    assertThat(splitter.splitParagraph("Saturday, March 26, 2005 Up to four times as many boats sank in Tarnow."))
        .containsExactly("Saturday, March 26, 2005", "Up to four times as many boats sank in Tarnow.");
    assertThat(splitter.splitParagraph("Saturday, March 26, 2005 was the day the ferry sank."))
        .containsExactly("Saturday, March 26, 2005 was the day the ferry sank.");
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

  @Test
  void aTitleAtTheEndIsFoundAsAScanOfTheWholeTextFindsIt() {
    java.util.regex.Pattern whole = java.util.regex.Pattern.compile(
        "(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Pfc|Spc|Adm|Cmdr|Gov|Sen|Rep|Rev|"
            + "Hon|Insp|Supt|Det|Brig|Messrs)\\.$");
    // '$' also matches before a final line break: the region must reach past it
    java.util.List<String> texts = java.util.List.of("Mr.", "Messrs.", " Messrs.", "(Messrs.", "xMessrs.", "Dr.",
        "(Dr.", "a Dr.", "aDr.", "Dr. ", ".", "", "r.", "They met Messrs.", "They met (Gen.", "He said Mrs.",
        "He said sMrs.", "in Col.\n", "in Col.\r\n", "in Col.\n\n", "Messrs.\u2028", "word word word word Sen.\r\n",
        "Spc.", "Army Spc.", "the Rev.", "theRev.", "Gov. Gov.");
    for (String t : texts) {
      assertThat(SentenceSplitter.endsWithTitle(t)).as(t).isEqualTo(whole.matcher(t).find());
    }
  }
}
