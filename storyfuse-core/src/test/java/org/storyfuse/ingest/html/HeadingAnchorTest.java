package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A heading's anchor id is made of its own words; it does not make the heading furniture. */
class HeadingAnchorTest {

  private static final String P1 = "Neighbours on Alder Street who want to replace the shared fence have three ways to"
      + " split the bill, and the council's guide explains each of them in plain terms for owners and tenants.";
  private static final String P2 = "Most streets split the cost by the length of fence along each garden, which the"
      + " guide calls the fairest method, although it needs a tape measure and some patience on a weekend.";
  private static final String P3 = "Where one neighbour wants a taller or more expensive fence, the guide suggests"
      + " that they pay the difference, and that both sides write the agreement down before work begins.";

  private static String page(String h2, String h3) {
    return "<html><body><nav><a href=/>Home</a> <a href=/guides>Guides</a></nav><main><article>"
        + "<h1>Replacing a shared fence</h1><p>" + P1 + "</p>"
        + h2 + "<p>" + P2 + "</p>" + h3 + "<p>" + P3 + "</p></article></main></body></html>";
  }

  @Test
  void headingsWhoseIdsAreTheirOwnWordsStay() {
    String html = page("<h2 id=\"sharing-the-cost-by-length\">Sharing the cost by length</h2>",
        "<h3 id=\"h-related-upgrades-paid-by-one-side\">Related upgrades paid by one side</h3>");
    List<String> paragraphs = new HtmlArticleExtractor().extract(html, null).paragraphs();
    assertThat(paragraphs).containsSubsequence(P1, "Sharing the cost by length", P2,
        "Related upgrades paid by one side", P3);
  }

  @Test
  void anIdThatNamesARoleStillCounts() {
    String html = page("<h2 id=\"related-links\">Fences in other streets</h2>", "");
    assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).doesNotContain("Fences in other streets");
  }
}
