package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String... paragraphs) {
    List<String> ps = List.of(paragraphs);
    return QuoteMarks.find(ps).stream()
        .map(s -> ps.get(s.paragraph()).substring(s.contentStart(), s.contentEnd()))
        .toList();
  }

  @Test
  void curlyAndStraightDoubleQuotes() {
    assertThat(quoted("He said “we will stay,” and then \"we will not leave\" again."))
        .containsExactly("we will stay", "we will not leave");
  }

  @Test
  void singleQuotesButNotApostrophes() {
    assertThat(quoted("Talks at ‘dead end’, Russia’s envoy says; 'no deal' for now, don't ask."))
        .containsExactly("dead end", "no deal");
  }

  @Test
  void singleQuotesInsideDoubleBelongToIt() {
    assertThat(quoted("“They are telling us ‘no’ on everything,” she said."))
        .containsExactly("They are telling us ‘no’ on everything");
  }

  @Test
  void quoteSpanningSentencesInOneParagraph() {
    assertThat(quoted("“Ships are waiting. We expect the backlog to clear,” he said."))
        .containsExactly("Ships are waiting. We expect the backlog to clear");
  }

  @Test
  void quoteOpenAtParagraphEndContinuesWhenNextParagraphOpensOne() {
    List<String> ps = List.of("Ruiz said: “We will rebuild every bridge.", "“No family will be left out.”");
    List<QuoteMarks.Span> spans = QuoteMarks.find(ps);
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).continuesNext()).isTrue();
    assertThat(spans.get(1).continuesPrev()).isTrue();
  }

  @Test
  void unmatchedMarksAreIgnored() {
    assertThat(quoted("He said “this never closes.", "A plain paragraph follows.")).isEmpty();
    assertThat(quoted("Stray closer” here and a ’ there")).isEmpty();
  }

  @Test
  void textFullOfQuoteMarksIsLinearAndDoesNotThrow() {
    String junk = "“\"'‘’”«»„".repeat(50_000);
    long t0 = System.nanoTime();
    QuoteMarks.find(List.of(junk, junk));
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(2.0);
  }
}
