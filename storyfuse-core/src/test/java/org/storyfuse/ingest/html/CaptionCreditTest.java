package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A short block that ends with a photo credit is a caption, whatever element holds it. */
class CaptionCreditTest {

  @Test
  void creditsCloseCaptions() {
    assertThat(ParagraphCollector.isCaptionWithCredit(
        "Volunteers carry boxes of books back into the library on Tuesday. Photo: Ana Lindqvist")).isTrue();
    assertThat(ParagraphCollector.isCaptionWithCredit("The new pump in the basement. Credit: Millbrook Council")).isTrue();
    assertThat(ParagraphCollector.isCaptionWithCredit("Flood water in Mill Lane (Photo by Tom Reyes)")).isTrue();
    assertThat(ParagraphCollector.isCaptionWithCredit("Crews at the river bridge. (AP Photo/Jo Banks)")).isTrue();
    assertThat(ParagraphCollector.isCaptionWithCredit("A ferry leaves the east landing. Getty Images")).isTrue();
  }

  @Test
  void reportingIsNotACredit() {
    assertThat(ParagraphCollector.isCaptionWithCredit(
        "The company expects to close the deal by June, a spokesperson told Reuters.")).isFalse();
    assertThat(ParagraphCollector.isCaptionWithCredit(
        "Shares fell 4 percent in early trading, according to Reuters.")).isFalse();
    assertThat(ParagraphCollector.isCaptionWithCredit("Video: how the new ferry landing works")).isFalse();
    assertThat(ParagraphCollector.isCaptionWithCredit("The photo: a crowd outside the town hall at dusk")).isFalse();
  }

  @Test
  void aCaptionInAPlainParagraphIsDropped() {
    String p1 = "The Millbrook public library opened its doors again on Tuesday, eight months after the spring"
        + " flood soaked its ground floor.";
    String p2 = "Head librarian Ruth Okafor said the children's corner had been rebuilt first, because families"
        + " had asked for it most often.";
    List<String> out = new HtmlArticleExtractor().extract("<article><h1>Library reopens</h1><p>" + p1 + "</p>"
        + "<div class=img><img src=a.jpg><p>Volunteers carry boxes of books back inside. Photo: Ana Lindqvist</p></div>"
        + "<p>" + p2 + "</p></article>", null).paragraphs();
    assertThat(out).containsExactly(p1, p2);
  }
}
