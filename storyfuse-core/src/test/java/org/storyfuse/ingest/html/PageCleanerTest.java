package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Streamed server rendering: the article's chunks are put where the page's script would put them. */
class PageCleanerTest {

  private static final String P1 = "The county will reopen the old quarry road on Monday after six weeks of repairs"
      + " to the culvert that collapsed in the January storms.";
  private static final String P2 = "Buses on the valley route return to their usual stops the same day, the operator"
      + " said, and the temporary stop outside the school will be taken away.";
  private static final String P3 = "Residents had complained that the detour sent lorries past the primary school"
      + " twice an hour during the morning run.";

  private static String streamedPage(boolean endComments) {
    String open = endComments ? "<!--$?-->" : "";
    String close = endComments ? "<!--/$-->" : "";
    return "<html><body><nav><a href=/>Home</a></nav><article><h1>Quarry road to reopen</h1>"
        + open + "<template id=\"B:0\"></template><div>Loading paragraph...</div>" + close
        + open + "<template id=\"B:1\"></template><div>Loading paragraph...</div>" + close
        + "<p>" + P3 + "</p></article><footer>Contact us</footer>"
        + "<div hidden id=\"S:1\"><p>" + P2 + "</p></div>"
        + "<div hidden id=\"S:0\"><p>" + P1 + "</p></div>"
        + "<script>$RC(\"B:0\",\"S:0\")</script></body></html>";
  }

  @Test
  void streamedChunksTakeTheirPlacesAndTheFallbackGoes() {
    Document doc = Jsoup.parse(streamedPage(true));
    PageCleaner.clean(doc);
    List<String> texts = doc.select("article p").eachText();
    assertThat(texts).containsExactly(P1, P2, P3);
    assertThat(doc.text()).doesNotContain("Loading paragraph");
    assertThat(doc.select("[hidden]")).isEmpty();
  }

  @Test
  void chunkNumbersPastNineAreHexadecimal() {
    // React numbers boundaries and chunks in hex: the eleventh is "B:a"/"S:a", the 32nd "B:1f"/"S:1f"
    String page = "<html><body><article><h1>Quarry road to reopen</h1>"
        + "<!--$?--><template id=\"B:a\"></template><div>Loading paragraph...</div><!--/$-->"
        + "<!--$?--><template id=\"B:1f\"></template><div>Loading paragraph...</div><!--/$-->"
        + "<p>" + P3 + "</p></article>"
        + "<div hidden id=\"S:1f\"><p>" + P2 + "</p></div>"
        + "<div hidden id=\"S:a\"><p>" + P1 + "</p></div></body></html>";
    Document doc = Jsoup.parse(page);
    PageCleaner.clean(doc);
    assertThat(doc.select("article p").eachText()).containsExactly(P1, P2, P3);
    assertThat(doc.text()).doesNotContain("Loading paragraph");
  }

  @Test
  void aSegmentGoesToItsPlaceholderInsideAnotherChunk() {
    // a boundary's chunk "S:0" leaves a placeholder "P:1" for a later segment "S:1"; the text after
    // the placeholder is the page's own and stays
    String page = "<html><body><article><h1>Quarry road to reopen</h1>"
        + "<!--$?--><template id=\"B:0\"></template><div>Loading paragraph...</div><!--/$-->"
        + "</article>"
        + "<div hidden id=\"S:0\"><p>" + P1 + "</p><template id=\"P:1\"></template><p>" + P3 + "</p></div>"
        + "<div hidden id=\"S:1\"><p>" + P2 + "</p></div></body></html>";
    Document doc = Jsoup.parse(page);
    PageCleaner.clean(doc);
    assertThat(doc.select("article p").eachText()).containsExactly(P1, P2, P3);
    assertThat(doc.select("[hidden], template")).isEmpty();
  }

  @Test
  void withoutTheBoundaryCommentNothingAfterThePlaceholderIsRemoved() {
    Document doc = Jsoup.parse(streamedPage(false));
    PageCleaner.clean(doc);
    assertThat(doc.select("article p").eachText()).containsExactly(P1, P2, P3);
    assertThat(doc.text()).contains("Loading paragraph"); // left: it cannot be told from the page's own text
  }

  @Test
  void theExtractorReadsAStreamedArticleInOrder() {
    var x = new HtmlArticleExtractor().extract(streamedPage(true), null);
    assertThat(x.paragraphs()).containsSubsequence(P1, P2, P3);
  }
}
