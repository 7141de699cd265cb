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

  @Test
  void listsOfTeasersOneAfterAnotherUnderTheStoryAllGo() {
    // one container holds the story and the site's rivers of other stories, list after list; a
    // card's excerpt may run past a hundred words
    StringBuilder html = new StringBuilder("<div id=content><div class=story><h1>Ferry fares to rise</h1>");
    for (int i = 0; i < 5; i++) {
      html.append("<p>Fares on the river ferry will go up by forty cents from April, the operator said on"
          + " Monday, the first rise in six years, blaming fuel and the new landing stage on the east bank"
          + " that opened last summer after two years of delays and cost twice what was planned.</p>");
    }
    html.append("</div>");
    String excerpt = "The old quarry road opened again on Monday after six weeks of repairs to the culvert that"
        + " collapsed in January, and the council said the bus to the upper villages will run to its old"
        + " timetable from next week. ";
    String[] lists = {"allotment", "library", "orchard", "bridge", "market", "harbour"};
    for (int l = 0; l < 2; l++) {
      html.append("<div class=post-list>");
      for (int k = 0; k < 3; k++) {
        String topic = lists[3 * l + k];
        // the second list's middle card has a long excerpt (three sentences of ~36 words)
        String text = l == 1 && k == 1 ? excerpt.repeat(3) : excerpt;
        html.append("<div class=post-item><div class=tagline><h5><a href=/c>Daily</a></h5><span>Dec 19, 2025</span>")
            .append("</div><h3><a href=/s/").append(topic).append(">The ").append(topic).append(" story</a></h3><p>")
            .append(topic).append(": ").append(text).append("</p></div>");
      }
      html.append("</div>");
    }
    html.append("</div>");
    String body = String.join("\n", extractor.extract(html.toString(), null).paragraphs());
    assertThat(body).contains("first rise in six years").doesNotContain("quarry road", "Dec 19, 2025");
  }

  @Test
  void aListsHeadingAndItsViewAllLinkAreNoCards() {
    StringBuilder html = new StringBuilder("<article><h1>Ferry fares to rise</h1><div class=body>");
    for (int i = 0; i < 5; i++) {
      html.append("<p>Fares on the river ferry will go up by forty cents from April, the operator said on"
          + " Monday, the first rise in six years, blaming fuel and the new landing stage.</p>");
    }
    html.append("</div><div class=reading><section class=box><h2>On a related note, a few more stories.</h2>");
    String[] excerpts = {
        "More than two hundred households are now waiting for an allotment in the valley, and some have waited for six years.",
        "The old quarry road opened again on Monday after six weeks of repairs to the culvert that collapsed in January.",
        "The central library will open on Sunday afternoons from June, after a trial last winter drew more visitors."};
    for (int k = 0; k < excerpts.length; k++) {
      html.append("<div class=summary><a href=/s/").append(k).append("><h3>Story ").append(k)
          .append(" title</h3></a><p>").append(excerpts[k]).append("</p></div>");
    }
    html.append("<div class=more><a href=/all>View all stories</a></div></section></div></article>");
    String body = String.join("\n", extractor.extract(html.toString(), null).paragraphs());
    assertThat(body).contains("first rise in six years").doesNotContain("allotment", "quarry road", "Sunday afternoons");
  }
}
