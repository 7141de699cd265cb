package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void theEndOfAQuotationOpenedEarlierCannotStandAlone() {
    assertThat(Standalone.test("The bridge and the ferry are both closed,” Mayor Ida Svensk told reporters.")).isFalse();
    assertThat(Standalone.test("Mayor Ida Svensk said the bridge was “closed until May” and the ferry too.")).isTrue();
    assertThat(Standalone.test("“The bridge is closed,” Mayor Ida Svensk told reporters.")).isTrue();
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

  @Test
  void aFragmentCutAfterAMiddleInitialCannotStandAlone() {
    assertThat(Standalone.test("The board also heard from harbour pilot Anna K.")).isFalse();
    assertThat(Standalone.endsInsideAName("The board also heard from harbour pilot Anna K.")).isTrue();
    // a Roman numeral, a lower-case word before the letter, or a whole name end a sentence
    assertThat(Standalone.test("The quay has stood since the end of World War I.")).isTrue();
    assertThat(Standalone.test("The ferry timetable lists the crossings of route b.")).isTrue();
    assertThat(Standalone.test("The board also heard from harbour pilot Anna K. Lind.")).isTrue();
  }

  /** definitePerson as it split every sentence before looking at the first word (the reference). */
  private static boolean definitePersonSplittingFirst(String sentence) {
    String[] words = sentence.strip().replaceAll("^[\"“”‘’'«(\\[—–-]+", "").split("\\s+");
    if (words.length < 2 || !java.util.Set.of("the", "this", "that").contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int h = 1; h < Math.min(words.length, 5); h++) {
      String head = words[h].replaceAll("(['’]s)?[,;:.]*$", "");
      if (!org.storyfuse.analyze.RoleFinder.isRoleHead(head)) {
        continue;
      }
      for (int k = h + 1; k < words.length; k++) {
        String w = words[k].replaceAll("^[(\"“]+|[,;:.)”\"]+$", "");
        if (w.isEmpty()) {
          continue;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
          return false;
        }
        if (!java.util.Set.of("of", "for", "and", "the", "-", "–").contains(w.toLowerCase(java.util.Locale.ROOT))) {
          break;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void aDefinitePersonIsFoundAsWhenEverySentenceWasSplitFirst() {
    for (String s : java.util.List.of("The Russian diplomat also accused Washington.", "The minister's comments drew fire.",
        "The foreign minister, Sergei Lavrov, said so.", "\"The minister said no.", "“ The minister said no.",
        "The", "the", "", "   ", "This spokesman declined.", "That official left.", "Theminister said.",
        "THE MINISTER SAID.", "The\tminister said.", "(The minister) said.", "The President of Russia Vladimir Putin said.",
        "They said the minister left.", "— The minister left.")) {
      assertThat(Standalone.definitePerson(s)).as(s).isEqualTo(definitePersonSplittingFirst(s));
    }
  }

  @Test
  void aLineWithoutClosingPunctuationOrWithABulletIsNoSentenceOfRunningText() {
    assertThat(Standalone.notASentence("Towns affected by the 2024 Vell river floods")).isTrue();
    assertThat(Standalone.notASentence("* The flood spread from south to north.")).isTrue();
    assertThat(Standalone.notASentence("• The ferry stopped for three days.")).isTrue();
    assertThat(Standalone.notASentence("The flood spread from south to north.")).isFalse();
    assertThat(Standalone.notASentence("Did the council pay for the repairs?")).isFalse();
    assertThat(Standalone.notASentence("Mayor Ida Svensk called the flood “the worst in a century.”")).isFalse();
    assertThat(Standalone.notASentence("The flood cut the road (and the ferry).")).isFalse();
  }

  @Test
  void aHeadingStandsAloneOnlyInAnArticleThatIsNothingButHeadlines() {
    BriefBuilder.SentenceNode heading = node("report", 0, "Towns affected by the 2024 Vell river floods");
    BriefBuilder.SentenceNode prose = node("report", 1, "The flood spread from south to north.");
    BriefBuilder.SentenceNode headline = node("feed-item", 0, "Vell river floods three towns as levee gives way");
    java.util.Set<String> withRunningText = Standalone.articlesWithRunningText(List.of(heading, prose, headline));
    assertThat(withRunningText).containsExactly("report");
    assertThat(Standalone.test(heading, withRunningText)).isFalse();
    assertThat(Standalone.test(prose, withRunningText)).isTrue();
    assertThat(Standalone.test(headline, withRunningText)).as("a headline-only record keeps its headline").isTrue();
  }

  private static BriefBuilder.SentenceNode node(String article, int index, String text) {
    return new BriefBuilder.SentenceNode(new org.storyfuse.text.Sentence(article, index, index, text), 1,
        org.storyfuse.text.TfIdf.fit(List.of(org.storyfuse.text.Terms.of(text))).vector(org.storyfuse.text.Terms.of(text)));
  }

  @Test
  void aSentenceWithAnOddNumberOfStraightQuotesIsPartOfALongerQuotation() {
    assertThat(Standalone.test("We do not have any reports of damage in Tarnow yet.\"")).isFalse();
    assertThat(Standalone.test("Mayor Ida Svensk said: \"We will rebuild the bridge in Tarnow.")).isFalse();
    assertThat(Standalone.test("Mayor Ida Svensk called the flood \"the worst in a century\".")).isTrue();
    assertThat(Standalone.test("The 12\" pipes under the bridge in Tarnow burst on Monday.")).isTrue();
  }
}
