package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up sentences: when a source's sentence states a shown text, and the excerpts of those that do not. */
class SupportTest {

  @Test
  void theSameWordsOrMostOfThemWithEveryFigureState() {
    assertThat(Support.states("Mayor Ana Lind said the bridge will reopen on 4 May.", "the bridge will reopen on 4 May"))
        .isTrue();
    assertThat(Support.states("The Orsa bridge will reopen to traffic on 4 May, Mayor Ana Lind said.",
        "Mayor Ana Lind said the Orsa bridge reopens on 4 May.")).isTrue();
  }

  @Test
  void aMissingFigureAMissingActorOrOtherWordsDoNotState() {
    // the figure is the fact
    assertThat(Support.states("Senators proposed fresh aid to Ukraine.", "Senators proposed $500 million in fresh aid to Ukraine."))
        .isFalse();
    // who met whom: a sentence about the talks that lacks the people does not state the meeting
    assertThat(Support.states("Talks in Geneva on Monday ended without a deal.",
        "Ana Lind and Piet Vos met in Geneva on Monday.")).isFalse();
    // the same event in other words
    assertThat(Support.states("The comments by Vos, who led the talks in Geneva on Monday, hardened the tone.",
        "Ana Lind and Piet Vos met in Geneva on Monday.")).isFalse();
  }

  @Test
  void negationMustAgree() {
    assertThat(Support.states("Russia sees reason to hold a new round of talks soon.",
        "Russia sees no reason to hold a new round of talks soon.")).isFalse();
    assertThat(Support.states("The minister did not rule out new talks soon.", "The minister ruled out new talks soon."))
        .isFalse();
  }

  @Test
  void anExcerptIsTheSentencesOwnWordsAroundWhatItShares() {
    String sentence = "The comments by Vos, who led the talks with the union in Geneva on Monday, seemed to reflect "
        + "a hardening of his position as he said he saw no reason to resume them soon.";
    String excerpt = Support.excerpt(sentence, "Ana Lind and Piet Vos held talks with the union in Geneva on Monday.");
    // the clauses naming Vos and the talks, not the hardening that follows
    assertThat(excerpt).isEqualTo("The comments by Vos, who led the talks with the union in Geneva on Monday…");
    assertThat(Support.excerpt(sentence, "Talks with the union were held in Geneva on Monday."))
        .isEqualTo("…who led the talks with the union in Geneva on Monday…");
    assertThat(sentence).contains(excerpt.replace("…", "").strip());
    // nothing to cut: the whole sentence
    assertThat(Support.excerpt("Vos met Lind in Geneva.", "Lind met Vos in Geneva on Monday.")).isEqualTo("Vos met Lind in Geneva.");
  }
}
