package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;

/** A grid of teasers for other articles after the story is not the story; a roundup in the body is. */
class TeaserListTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static String fixture(String name) throws IOException {
    try (InputStream in = TeaserListTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void teaserCardsAfterTheStoryAreDropped() throws IOException {
    Extraction x = extractor.extract(fixture("millbrook-courier-teasers.html"), "https://courier.example/news/fares");
    String body = String.join("\n", x.paragraphs());
    assertThat(body).startsWith("Fares on the Millbrook river ferry will go up by forty cents")
        .endsWith("had not been asked to approve it.")
        .doesNotContain("Bakery wins", "family bakery", "Drivers should expect", "Builders finished",
            "Thursday market", "Mar 3, 2026");
  }

  @Test
  void aRoundupInsideTheArticleBodyStays() throws IOException {
    Extraction x = extractor.extract(fixture("millbrook-roundup.html"), "https://courier.example/walks");
    assertThat(x.paragraphs()).containsSubsequence(
        "Spring is the best time to walk the hills around Millbrook, before the bracken grows tall and the"
            + " paths turn to dust. We asked readers for their favourite routes and tried them all.",
        "Mill Lane to the weir",
        "A flat riverside stroll past the old mill race, with herons on the far bank most mornings. About an hour.",
        "Canal towpath",
        "Level all the way, good for pushchairs, and the lock keeper sells honey from a table by the cottage."
            + " Ninety minutes.");
  }

  @Test
  void questionsAndAnswersAreNotTeasers() {
    StringBuilder html = new StringBuilder("<article><h1>Ferry fares to rise</h1>");
    for (int i = 0; i < 6; i++) {
      html.append("<p>Fares on the river ferry will go up by forty cents from April, the operator said, the"
          + " first rise in six years, blaming fuel and the new landing stage.</p>");
    }
    html.append("<div class=faq>");
    String[][] qa = {
        {"Do season tickets change?", "Not until the autumn, the operator says, when the new timetable starts."},
        {"Do children pay?", "Children under twelve still travel free when they ride with an adult."},
        {"Who approved the rise?", "Nobody had to: the council owns the landing stages but not the boats."}};
    for (String[] x : qa) {
      html.append("<div class=item><p><a href='#'>").append(x[0]).append("</a></p><p>").append(x[1]).append("</p></div>");
    }
    html.append("</div></article>");
    String body = String.join("\n", extractor.extract(html.toString(), null).paragraphs());
    assertThat(body).contains("Not until the autumn", "Children under twelve", "Nobody had to");
  }

  @Test
  void aLabelledGridUnderAShortItemGoesThoughItHoldsMoreProse() {
    StringBuilder html = new StringBuilder("<article><h1>Ferry fares to rise</h1>"
        + "<p>Fares on the river ferry will go up by forty cents from April, the operator said on Monday, the"
        + " first rise in six years.</p><p>The company blamed the cost of fuel and of the new landing stage on"
        + " the east bank, which opened last summer after two years of delays, and said season tickets for"
        + " commuters would not change until the autumn.</p>"
        + "<section class=grid><h2>More from the Courier</h2><div class=cards>");
    String[] excerpts = {
        "More than two hundred households are now waiting for an allotment in the valley, and some have waited for six years.",
        "The old quarry road opened again on Monday after six weeks of repairs to the culvert that collapsed in January.",
        "The central library will open on Sunday afternoons from June, after a trial last winter drew more visitors.",
        "Builders finished the new roof on the primary school a week early, so pupils will not need the church hall."};
    for (int k = 0; k < excerpts.length; k++) {
      html.append("<div class=card><h3><a href=/s/").append(k).append(">Story ").append(k).append(" title here</a></h3><div>")
          .append(excerpts[k]).append("</div><div>May ").append(20 + k).append(", 2026</div></div>");
    }
    html.append("</div></section></article>");
    String body = String.join("\n", extractor.extract(html.toString(), null).paragraphs());
    assertThat(body).contains("first rise in six years", "opened last summer")
        .doesNotContain("More from the Courier", "allotment", "quarry road", "Sunday afternoons", "church hall");
  }
}
