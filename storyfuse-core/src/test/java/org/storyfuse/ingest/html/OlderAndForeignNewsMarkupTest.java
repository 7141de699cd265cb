package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;

/**
 * News pages in markups the extraction rules were not written for (all made up here): an old
 * table layout whose headline is bold text and whose paragraphs are {@code <br>}-separated, with a
 * labelled date line and a copyright notice; a short item whose furniture is in another language;
 * a photo gallery in the story, and a slider that opens a page with its headline.
 */
class OlderAndForeignNewsMarkupTest {

  private static final String P1 = HarbourReport.PARAGRAPHS.get(0);
  private static final String P2 = HarbourReport.PARAGRAPHS.get(1);
  private static final String P3 = HarbourReport.PARAGRAPHS.get(2);

  private static final String HEADLINE = "Harbour channel to be deepened for larger ferries";

  private static Extraction extract(String html) {
    return new HtmlArticleExtractor().extract(html, null);
  }

  private static String tableLayoutPage(String dateLine, String afterBody) {
    return "<html><head><title>The Harbour Gazette - " + HEADLINE + "</title></head><body><table>"
        + "<tr><td><a href=/>Home</a><br><a href=/local>Local news</a><br><a href=/sports>Sports</a><br></td>"
        + "<td><font size=5><b>" + HEADLINE + "</b></font><br><font size=1>" + dateLine + "</font><br><br>"
        + "<font face=Georgia size=2>" + P1 + "<br><br>\n" + P2 + "<br><br>\n" + P3 + afterBody + "</font></td>"
        + "<td><b>Classifieds</b><br><a href=/c/1>Jobs</a><br><a href=/c/2>Real estate</a><br></td></tr>"
        + "</table></body></html>";
  }

  @Test
  void aTableLayoutPagesHeadlineIsThePartOfItsTitleThatThePageShows() {
    Extraction e = extract(tableLayoutPage("Story posted: March 10, 2026", ""));
    assertThat(e.title()).isEqualTo(HEADLINE);
    // the headline is the title, not the body's first line; the labelled date is a meta line
    assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aCopyrightNoticeUnderTheStoryIsNotTheStory() {
    Extraction e = extract(tableLayoutPage("March 10, 2026", "<br><br><i>Copyright 2026 The Harbour Gazette. All"
        + " rights reserved. This material may not be published, broadcast, rewritten or redistributed.</i>"));
    assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aSidebarColumnsFewLinesOfProseStayOutOfATableLayoutsArticle() {
    String page = tableLayoutPage("March 10, 2026", "").replace("<td><b>Classifieds</b><br><a href=/c/1>Jobs</a><br>"
        + "<a href=/c/2>Real estate</a><br></td>", "<td><table><tr><td><b>Weather</b><br>Today: showers, high 14."
        + " Tonight: clearing, low 6. Tomorrow: sunny spells, high 17.</td></tr></table></td>");
    assertThat(page).contains("Tonight: clearing");
    assertThat(extract(page).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void copyrightNoticesAreNotesButProseThatStartsWithTheWordIsNot() {
    assertThat(BoilerplateText.isAboutTheArticle("Copyright 2026 The Harbour Gazette. All rights reserved. This"
        + " material may not be published, broadcast, rewritten or redistributed.")).isTrue();
    assertThat(BoilerplateText.isAboutTheArticle("© 2026 Coastal Media Group. All rights reserved. Republication"
        + " or redistribution of this content, including by framing or similar means, is prohibited without"
        + " prior written consent.")).isTrue();
    assertThat(BoilerplateText.isAboutTheArticle("Copyright lawyers representing two of the shipping lines said on"
        + " Tuesday that their clients would seek compensation for the delays.")).isFalse();
    assertThat(BoilerplateText.isAboutTheArticle("Copyright law was changed in 2019 to cover news snippets, and"
        + " publishers have since asked search engines to pay for them.")).isFalse();
  }

  @Test
  void aLabelledDateIsAMetaLineButAnEventsDateAndPlaceStay() {
    String event = "Harbour Week: June 12, 2026 | Old Quay";
    Extraction e = extract("<article><h1>" + HEADLINE + "</h1><p>Story posted: 3 June 2026</p><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + event + "</p><p>" + P3 + "</p></article>");
    assertThat(e.paragraphs()).containsExactly(P1, P2, event, P3);
  }

  @Test
  void aShortItemKeepsBothParagraphsWhenFurnitureInAnotherLanguageStandsBetweenThem() {
    String p1 = "OSTERMOOR. Bei einem Brand in einer Lagerhalle im Gewerbegebiet Nord ist in der Nacht zu Montag"
        + " ein Schaden von mehreren hunderttausend Euro entstanden. Verletzt wurde nach Angaben der Polizei niemand.";
    String p2 = "Ein Anwohner hatte gegen 2.30 Uhr Rauch bemerkt und die Feuerwehr alarmiert. Als die ersten"
        + " Einsatzkräfte eintrafen, stand das Dach der Halle bereits in Flammen. Rund 70 Feuerwehrleute aus vier"
        + " Orten waren bis in den Morgen im Einsatz.";
    List<String> out = extract("<html lang=de><body><main><article class=article>"
        + "<h1>Feuer in Lagerhalle: Polizei sucht Zeugen</h1><div class=article-meta><time>17. März 2026</time></div>"
        + "<div class=article-body><p>" + p1 + "</p>"
        + "<div class=ad-container><span class=ad-label>Anzeige</span><div class=ad-slot></div></div>"
        + "<p class=read-also><strong>Lesen Sie auch:</strong> <a href=/a/1>Radweg an der Auel wird verbreitert</a></p>"
        + "<p>" + p2 + "</p>"
        + "<div class=newsletter-box><h3>Der Morgen-Newsletter</h3><p>Jeden Morgen die wichtigsten Nachrichten aus der"
        + " Region kostenlos in Ihrem Postfach. Jetzt anmelden und keine Meldung mehr verpassen.</p>"
        + "<form><input type=email><button>OK</button></form></div></div></article></main></body></html>").paragraphs();
    assertThat(out).containsExactly(p1, p2);
  }

  @Test
  void aPhotoGallerysCaptionsAreNotTheStory() {
    StringBuilder gallery = new StringBuilder("<div class=gallery>");
    String[] captions = {
        "Water stands a foot deep on Harbour Street as shopkeepers carry stock to the upper floors.",
        "Firefighters from three towns pump out the basement of the old customs house on Monday night.",
        "Council workers stack sandbags along the quay wall before the second high tide."};
    for (int i = 0; i < captions.length; i++) {
      gallery.append("<div class=gallery__slide><img src=/g").append(i).append(".jpg><div>").append(i + 1)
          .append(" of 3</div><p>").append(captions[i]).append("</p><span>Photo: Ines Marlow</span></div>");
    }
    gallery.append("</div>");
    List<String> out = extract("<article><h1>" + HEADLINE + "</h1><div class=story-text><p>" + P1 + "</p>" + gallery
        + "<p>" + P2 + "</p><p>" + P3 + "</p></div></article>").paragraphs();
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void aSliderThatOpensThePageWithItsHeadlineHoldsTheArticlesLead() {
    List<String> out = extract("<article><div class=\"hero js-hero-slider\"><ul><li class=hero__slide><figure>"
        + "<img src=/hero.jpg></figure><div><h1>" + HEADLINE + "</h1><p>" + P1 + "</p></div></li></ul></div>"
        + "<div class=post-body><p>" + P2 + "</p><p>" + P3 + "</p></div></article>").paragraphs();
    assertThat(out).containsExactly(P1, P2, P3);
  }
}
