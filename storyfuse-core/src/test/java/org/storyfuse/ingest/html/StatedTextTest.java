package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StatedTextTest {

  private static final String P = HarbourReport.PARAGRAPHS.get(0);
  private static final String Q = HarbourReport.PARAGRAPHS.get(1);

  private static Element div(String html) {
    return Jsoup.parseBodyFragment("<div>" + html + "</div>").body().child(0);
  }

  @Test
  void holdsTextTheStatedBodyHasWhateverTheWhitespaceAndMarkup() {
    StatedText stated = StatedText.of("<p>" + P + "</p>\n\n<p>" + Q + "</p>");
    assertThat(stated.holds(div("<p>" + P + "</p>   <p>" + Q + "</p>"))).isTrue();
    assertThat(stated.holds(div("<p>" + Q + "</p>"))).isTrue();
    assertThat(stated.holds(div("<p>Sign up for our newsletter and get the day's news in your inbox every morning,"
        + " free of charge, with a crossword.</p>"))).isFalse();
    // a label is too short to tell
    assertThat(stated.holds(div("<p>Dredging</p>"))).isFalse();
    assertThat(StatedText.of(null).holds(div("<p>" + P + "</p>"))).isFalse();
  }

  @Test
  void looksUpABoundedNumberOfHiddenElementsAPage() {
    StatedText stated = StatedText.of(P);
    Element el = div("<p>" + P + "</p>");
    for (int i = 0; i < StatedText.MAX_LOOKUPS; i++) {
      assertThat(stated.holds(el)).isTrue();
    }
    assertThat(stated.holds(el)).isFalse();
  }
}
