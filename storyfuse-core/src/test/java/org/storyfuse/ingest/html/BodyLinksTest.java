package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines that are links inside the article (a table of contents, the linked names of the groups an
 * article lists) are the article's; links to the site's other pages between paragraphs, link lists
 * after its last paragraph, and links a label heads ("Read also") are the page's.
 */
class BodyLinksTest {

  private static final String P1 = "Five groups in the valley give free advice on heating bills this winter, and"
      + " most of them will also visit people at home if they cannot travel.";
  private static final String P2 = "The council's own helpline is open on weekdays, but its staff say the wait can"
      + " be long in January, so they suggest calling one of the groups first.";
  private static final String P3 = "Residents who rent can ask their landlord to pay for draught-proofing under the"
      + " new rules, which came into force this autumn.";

  private static List<String> paragraphs(String article) {
    return new HtmlArticleExtractor().extract("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
        + "<article><h1>Where to get help with heating bills</h1>" + article + "</article></body></html>",
        "https://courier.example/news/heating-help")
        .paragraphs();
  }

  /** The three paragraphs of the article, then {@code tail}. */
  private static List<String> afterTheArticle(String tail) {
    return paragraphs("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + tail);
  }

  @Test
  void linkedLinesInsideTheArticleStay() {
    List<String> out = paragraphs("<ul class=contents><li><a href=#groups>The advice groups</a></li>"
        + "<li><a href=#council>The council helpline</a></li></ul>"
        + "<p>" + P1 + "</p><ul><li><a href=https://energycircle.example.org/>Valley Energy Circle</a></li>"
        + "<li><a href=https://www.warmhomes.example/millbrook>Millbrook Warm Homes</a></li>"
        + "<li><a href=http://brenmoor-advice.example.net>Brenmoor Advice Shop</a></li></ul>"
        + "<h2><a href=https://council.example.gov/helpline>The council helpline</a></h2><p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(out).containsSubsequence("The advice groups", "The council helpline", P1, "Valley Energy Circle",
        "Millbrook Warm Homes", "Brenmoor Advice Shop", "The council helpline", P2, P3);
  }

  @Test
  void aSentenceThatLinksMostOfWhatItNamesStays() {
    // links to the site's own pages, most of the words linked: a sentence of the body, not a headline
    String linked = "Both groups appear in our guides to <a href=/guides/draughts>cheap ways to stop draughts"
        + " in old houses</a>, <a href=/guides/grants>heating grants for tenants and owners</a> and"
        + " <a href=/guides/meters>reading a smart meter</a>.";
    List<String> out = paragraphs("<p>" + P1 + "</p><ul><li><b>Valley Energy Circle</b>: home visits<ul><li>"
        + linked + "</li></ul></li></ul><p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(out).anyMatch(p -> p.startsWith("Both groups appear in our guides to cheap ways"));
  }

  @Test
  void aLinkedSentenceAfterTheLastParagraphGoes() {
    assertThat(afterTheArticle("<p>More from us: read <a href=/guides/draughts>cheap ways to stop draughts in"
        + " old houses</a>, <a href=/guides/grants>heating grants for tenants and owners</a> and"
        + " <a href=/guides/meters>reading a smart meter</a> next.</p>")).containsExactly(P1, P2, P3);
  }

  @Test
  void linksToTheSitesOtherPagesBetweenParagraphsGo() {
    // a news body's unlabelled "related stories", absolute or relative
    List<String> out = paragraphs("<p>" + P1 + "</p><ul>"
        + "<li><a href=https://www.courier.example/news/prices>Energy prices to stay high until spring</a></li>"
        + "<li><a href=/news/insulation>Landlords face new insulation rules</a></li></ul>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void linkListsAfterTheLastParagraphGo() {
    assertThat(afterTheArticle("<ul><li><a href=/c/1>Heating help in Brenmoor</a></li>"
        + "<li><a href=/c/2>Heating help in Cressley</a></li><li><a href=/c/3>Heating help in Oakford</a></li></ul>"))
        .containsExactly(P1, P2, P3);
  }

  @Test
  void linksUnderALabelGoWhateverTheirMarkup() {
    List<String> out = paragraphs("<p>" + P1 + "</p><div class=box><b>Read also</b><ul>"
        + "<li><a href=/s/1>Energy prices to stay high until spring</a></li>"
        + "<li><a href=/s/2>Landlords face new insulation rules</a></li></ul></div>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void addressesWrittenOutAfterTheArticleGo() {
    // a source list as plain text: long addresses count many words but are not prose
    List<String> out = afterTheArticle("<p>Sources:</p>"
        + "<p>https://energycircle.example.org/reports/2026/winter-advice-for-households-on-low-incomes"
        + "-and-what-groups-in-the-valley-can-offer-them#:~:text=free%20advice%20on%20heating%20bills</p>"
        + "<p>https://council.example.gov/helpline</p><p>www.warmhomes.example/millbrook</p>");
    assertThat(out).containsExactly(P1, P2, P3, "Sources:");
  }

  @Test
  void anAddressInsideTheArticleStays() {
    List<String> out = paragraphs("<p>" + P1 + "</p><p>https://energycircle.example.org/</p><p>" + P2 + "</p><p>"
        + P3 + "</p>");
    assertThat(out).containsExactly(P1, "https://energycircle.example.org/", P2, P3);
  }
}
