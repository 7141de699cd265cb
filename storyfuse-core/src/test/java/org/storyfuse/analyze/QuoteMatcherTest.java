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
