package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

  @Test
  void variantsAcrossOutletsMatch() {
    assertThat(QuoteMatcher.sameQuote("dead end or difference of approaches",
        "That’s the dead end or difference in approaches.")).isTrue();
    assertThat(QuoteMatcher.sameQuote("opposite views on what needs to be done",
        "The U.S. and Russia in some ways have opposite views on what needs to be done")).isTrue();
  }

  @Test
  void differentQuotesDoNotMatch() {
    assertThat(QuoteMatcher.sameQuote("not ready to meet our key requirements",
        "simply non-starters to the United States")).isFalse();
    assertThat(QuoteMatcher.sameQuote("dead end", "a dead end for harbour workers and their unions")).isFalse();
    assertThat(QuoteMatcher.sameQuote("a dead end", "dead end or difference of approaches")).isTrue();
  }

  @Test
  void shortFragmentsOfTheSameSpeakerMatchEvenWhenTheirWordsAreStopwords() {
    Quote whole = new Quote(Quote.Kind.DIRECT, "The repairs could take a week, maybe more.", "Ana Ruiz", "ana ruiz",
        EntityKind.PERSON, null, "Ruiz", "said", 2, 2, 0);
    Quote fragment = new Quote(Quote.Kind.DIRECT, "could take a week.", "Ruiz", "ruiz",
        EntityKind.PERSON, null, "Ruiz", "said", 5, 5, 0);
    Quote other = new Quote(Quote.Kind.DIRECT, "could take a week.", "Ivo Lind", "ivo lind",
        EntityKind.PERSON, null, "Lind", "said", 5, 5, 0);
    Quote unattributed = new Quote(Quote.Kind.DIRECT, "could take a week.", null, null, null, null, null, null, 5, 5, 0);
    assertThat(QuoteMatcher.sameQuote("could take a week.", "The repairs could take a week, maybe more.")).isFalse();
    assertThat(QuoteMatcher.sameQuote(whole, fragment)).isTrue();
    assertThat(QuoteMatcher.sameQuote(whole, other)).isFalse();
    assertThat(QuoteMatcher.sameQuote(whole, unattributed)).isFalse();
    assertThat(QuoteMatcher.isFragmentOf("take a", "could take a week")).isTrue();
    assertThat(QuoteMatcher.isFragmentOf("week", "could take a week")).as("one word is no fragment").isFalse();
    assertThat(QuoteMatcher.isFragmentOf("a week could", "could take a week")).as("order counts").isFalse();
  }

  @Test
  void differentSpeakersAreDifferentQuotes() {
    Quote a = new Quote(Quote.Kind.DIRECT, "we will rebuild every bridge", "Ana Ruiz", "ana ruiz",
        EntityKind.PERSON, null, "Ruiz", "said", 0, 0, 0);
    Quote b = new Quote(Quote.Kind.DIRECT, "We will rebuild every bridge.", "Ruiz", "ruiz",
        EntityKind.PERSON, null, "Ruiz", "said", 3, 3, 0);
    Quote c = new Quote(Quote.Kind.DIRECT, "we will rebuild every bridge", "Ivo Lind", "ivo lind",
        EntityKind.PERSON, null, "Lind", "said", 0, 0, 0);
    assertThat(QuoteMatcher.sameQuote(a, b)).isTrue();
    assertThat(QuoteMatcher.sameQuote(a, c)).isFalse();
    assertThat(QuoteMatcher.group(List.of(a, c, b))).hasSize(2);
  }
}
