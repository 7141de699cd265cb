package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;

/**
 * Page builders wrap every heading and list of the article in a "widget": those are the body's own,
 * while a widget of links beside it is not.
 */
class BodyStructureTest {

  private static String fixture(String name) throws IOException {
    try (InputStream in = BodyStructureTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void subHeadingsAndListsInWidgetsAreKept() throws IOException {
    Extraction x = new HtmlArticleExtractor().extract(fixture("builder-widgets.html"), "https://courier.example/allotments");
    assertThat(x.paragraphs()).containsSubsequence(
        "More than two hundred households are waiting for an allotment in Millbrook, and some have waited"
            + " for six years. The council explained on Thursday how places are given out.",
        "Who can apply",
        "Residents of the town and the two parishes next to it",
        "Schools and youth groups with a named adult in charge",
        "Community groups registered with the council",
        "Each applicant can hold one full plot or two half plots. Plots that are left untended for a season"
            + " are offered to the next person on the list, after two written warnings.",
        "What it costs");
    String body = String.join("\n", x.paragraphs());
    assertThat(body).doesNotContain("Latest", "Bakery wins", "Bridge works");
    assertThat(x.paragraphs()).doesNotContain("1", "2", "3");
  }
}
