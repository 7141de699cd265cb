package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A footer, a disclaimer or a modal box inside the article's container is furniture even when it is
 * all prose.
 */
class FooterProseTest {

  private static final List<String> ARTICLE = HarbourReport.PARAGRAPHS;

  private static final String LEGAL = "This publication is provided for general information only and does not"
      + " constitute legal, financial or investment advice of any kind. Readers should not act on anything"
      + " published here without first seeking advice from a qualified professional who knows their"
      + " circumstances. The publisher accepts no liability for any loss arising from reliance on this"
      + " material, which may be changed or withdrawn at any time without notice. All trademarks mentioned"
      + " belong to their respective owners and are used for identification only, and no endorsement by"
      + " those owners is implied by their appearance on this page or in any linked material. Prices,"
      + " timetables and figures quoted were correct when the article was written and may since have"
      + " changed; readers should check them with the operator or the authority concerned before travelling.";

  private static String page(String footerOpen, String footerClose) {
    StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
        + "<main><article><h1>Harbour channel to be deepened</h1>");
    for (String p : ARTICLE) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append(footerOpen).append("<p>").append(LEGAL).append("</p>").append(footerClose);
    return html.append("</article></main></body></html>").toString();
  }

  @Test
  void aFooterNamedByClassGoesWithItsProse() {
    List<String> paragraphs = new HtmlArticleExtractor()
        .extract(page("<div class=\"article-footer__legal\">", "</div>"), null).paragraphs();
    assertThat(paragraphs).containsAll(ARTICLE).doesNotContain(LEGAL);
  }

  @Test
  void aDisclaimerBoxGoesWithItsProse() {
    List<String> paragraphs = new HtmlArticleExtractor()
        .extract(page("<div class=\"post-disclaimer\">", "</div>"), null).paragraphs();
    assertThat(paragraphs).containsAll(ARTICLE).doesNotContain(LEGAL);
  }

  @Test
  void aFooterElementGoesWithItsProse() {
    List<String> paragraphs = new HtmlArticleExtractor().extract(page("<footer>", "</footer>"), null).paragraphs();
    assertThat(paragraphs).containsAll(ARTICLE).doesNotContain(LEGAL);
  }

  @Test
  void aModalOrPopupBoxGoesWithItsProse() {
    List<String> modal = new HtmlArticleExtractor()
        .extract(page("<div class=\"modal custompopup\">", "</div>"), null).paragraphs();
    assertThat(modal).containsAll(ARTICLE).doesNotContain(LEGAL);
    List<String> popup = new HtmlArticleExtractor()
        .extract(page("<div id=\"popup-why-trust-us\">", "</div>"), null).paragraphs();
    assertThat(popup).containsAll(ARTICLE).doesNotContain(LEGAL);
  }
}
