package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text that only stands in for content — a template's "Lorem ipsum" filler left in a page, a
 * "Loading…" notice where a part of the page had not loaded — is not the article's.
 */
class PlaceholderTextTest {

  private static final String P1 = "The ferry to the outer islands will run twice a day from next month, the"
      + " operator said, after a winter of single crossings that left visitors stranded overnight.";
  private static final String P2 = "Islanders had asked for the second crossing for years, and the council agreed"
      + " this autumn to pay part of the cost of the crew for three years.";
  private static final String P3 = "Tickets for the new afternoon sailing go on sale on Monday, at the harbour"
      + " office and online.";

  private static List<String> paragraphs(String article) {
    return new HtmlArticleExtractor().extract("<html><body><article><h1>Second daily ferry for the islands</h1>"
        + article + "</article></body></html>", "https://courier.example/news/ferry").paragraphs();
  }

  @Test
  void templateFillerGoes() {
    List<String> out = paragraphs("<p>" + P1 + "</p><p>" + P2 + "</p><h3>Lorem Ipsum</h3>"
        + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"
        + " et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.</p>"
        + "<ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul><p>" + P3 + "</p>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void loadingNoticesGo() {
    List<String> out = paragraphs("<p>" + P1 + "</p><p>Loading paragraph...</p><p>Loading image…</p><p>" + P2
        + "</p><div>Loading...</div><p>" + P3 + "</p>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void proseAboutFillerOrLoadingStays() {
    String about = "Designers still fill their drafts with Lorem ipsum, the scrambled Latin that printers used"
        + " for centuries, until the real words arrive.";
    List<String> out = paragraphs("<p>" + P1 + "</p><p>" + about + "</p><h2>Loading the cars</h2><p>" + P2
        + "</p><p>" + P3 + "</p>");
    assertThat(out).containsExactly(P1, about, "Loading the cars", P2, P3);
  }

  @Test
  void anEmbedsFallbackMessageGoesButAReportOfOneStays() {
    assertThat(ParagraphCollector.isPlaceholder(
        "This video can not be played. To play this video you need to enable JavaScript in your browser.")).isTrue();
    assertThat(ParagraphCollector.isPlaceholder("This content is not available in your region.")).isTrue();
    assertThat(ParagraphCollector.isPlaceholder("Please enable JavaScript to view the comments.")).isTrue();
    assertThat(ParagraphCollector.isPlaceholder("The video could not be shown in court, the judge said.")).isFalse();
    assertThat(ParagraphCollector.isPlaceholder("This video cannot be shown, the court said.")).isFalse();
    List<String> out = paragraphs("<p>" + P1 + "</p><div class=player><p>This video can not be played. To play this"
        + " video you need to enable JavaScript in your browser.</p></div><p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(out).containsExactly(P1, P2, P3);
  }
}
