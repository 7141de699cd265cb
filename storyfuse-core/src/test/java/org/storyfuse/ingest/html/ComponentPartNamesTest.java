package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSS-module and BEM class names repeat the component's name on every part inside it: a caption in
 * the article body's component is still a caption.
 */
class ComponentPartNamesTest {

  private static final String P1 = "A colour wheel arranges hues by how the eye mixes them, so that colours facing"
      + " each other across the circle look brightest when they are placed side by side on a page.";
  private static final String P2 = "Designers use it to choose a palette quickly: one main colour, one that faces it"
      + " for buttons and links, and a few neutral greys for the text and the background of the layout.";

  @Test
  void aCaptionPartOfTheBodyComponentIsACaption() {
    String html = "<html><body><main><div class=\"Article_articleContent__Q1w2e\"><h1>Colour wheels</h1>"
        + "<p class=\"Text_p\">" + P1 + "</p>"
        + "<div class=\"Article_articleContent__imageBlock\"><img src=\"w.png\"></div>"
        + "<div class=\"ArticleContent_ArticleContent__imageBlock_caption__AuqrJ\"><p class=\"Text_p\">"
        + "Colour wheel by the studio</p></div>"
        + "<p class=\"Text_p\">" + P2 + "</p></div></main></body></html>";
    List<String> paragraphs = new HtmlArticleExtractor().extract(html, null).paragraphs();
    assertThat(paragraphs).containsExactly(P1, P2);
  }

  @Test
  void onlyPartsNamedAsFurnitureLoseTheComponentsName() {
    assertThat(BoilerplateHints.withoutComponentParts("ArticleContent__caption__x1 post-body "))
        .isEqualTo("post-body ");
    assertThat(BoilerplateHints.withoutComponentParts("article__body article__content "))
        .isEqualTo("article__body article__content ");
  }
}
