package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;

/**
 * News pages in markups the extraction rules were not written for (all made up here): an old
 * table layout whose headline is bold text and whose paragraphs are {@code <br>}-separated, with a
 * labelled date line and a copyright notice; a short item whose furniture is in another language;
 * a photo gallery in the story, and a slider that opens a page with its headline; a blog's sharing,
 * liking and related-posts boxes inside the post; a typo-report hint; Chinese text, written without
 * spaces.
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

  @Test
  void aShortPostKeepsBothParagraphsAboveItsSharingLikingAndRelatedBoxes() {
    StringBuilder boxes = new StringBuilder("<div class=\"sharedaddy sd-sharing-enabled\"><div class=\"sd-block sd-social"
        + " sd-sharing\"><h3 class=sd-title>Share this:</h3><ul>");
    for (String n : new String[] {"Facebook", "X", "Email", "Print"}) {
      boxes.append("<li class=share-").append(n.toLowerCase()).append("><a href=/?share=").append(n.toLowerCase())
          .append("><span>").append(n).append("</span><span>(Opens in new window)</span></a></li>");
    }
    boxes.append("</ul></div></div><div class=\"sharedaddy sd-block sd-like\"><h3 class=sd-title>Like this:</h3>"
        + "<div class=likes-widget-placeholder><span>Like</span> <span>Loading...</span></div></div>"
        + "<div id=jp-relatedposts class=jp-relatedposts><h3><em>Related</em></h3>");
    for (String t : new String[] {"Ferry fares to rise in spring", "Allotment waiting list passes two hundred",
        "Quarry road reopens after culvert repairs"}) {
      boxes.append("<div class=jp-relatedposts-post><h4><a href=/r>").append(t).append("</a></h4><time>May 30, 2026</time>"
          + "<p>In \"News\"</p></div>");
    }
    boxes.append("</div>");
    List<String> out = extract("<article class=post><h1 class=entry-title>" + HEADLINE + "</h1><div class=entry-meta>"
        + "Posted on Tuesday, 14 July 2026</div><div class=entry-content><p>" + P1 + "</p><p>" + P2 + "</p>" + boxes
        + "</div></article>").paragraphs();
    assertThat(out).containsExactly(P1, P2);
  }

  @Test
  void aLineThatNamesAKeyCombinationTellsTheReaderHowToWorkThePage() {
    assertThat(BoilerplateText.isBoilerplate("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Found a mistake? Select the text and press Ctrl + Enter")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("The ferry leaves at ten and returns at noon.")).isFalse();
    // news about keyboards is longer than a hint, and is prose
    assertThat(BoilerplateText.isBoilerplate("The new laptop drops the key that has opened the task manager with"
        + " Ctrl+Alt+Delete since 1992, the company said on Tuesday at its annual product launch in Lindholm.")).isFalse();
  }

  @Test
  void chineseTextCountsAWordForEachCharacter() {
    // no spaces: one run of letters would make a clause one word
    assertThat(TextNormalizer.countWords("青河市交通局周二宣布")).isEqualTo(10);
    assertThat(TextNormalizer.countWords("本报讯 青河市交通局周二宣布，新大桥预计明年六月正式通车。")).isEqualTo(26);
    assertThat(TextNormalizer.countWords("The bridge opens in June 2027")).isEqualTo(6);
    String paragraph = "据介绍，新大桥全长一千二百米，双向六车道，总投资约十八亿元。大桥建成后，从城南到火车站的车程将由目前的四十分钟缩短到十五分钟左右。";
    List<String> out = extract("<article><h1>青河市新建跨江大桥预计明年通车</h1><div class=share>分享到：微信 微博</div>"
        + "<div class=TRS_Editor><p>" + paragraph + "</p><p>" + paragraph.replace("据介绍", "另据介绍") + "</p></div></article>"
        + "<div class=right><h3>热点排行</h3><ul><li><a href=/h/0>城南新建三所幼儿园 秋季开学投入使用</a></li>"
        + "<li><a href=/h/1>青河市地铁二号线开工建设</a></li></ul></div>").paragraphs();
    assertThat(out).containsExactly(paragraph, paragraph.replace("据介绍", "另据介绍"));
  }

  @Test
  void aCreditAfterTheLastParagraphIsNotTheStoryButAPropertyLineIs() {
    assertThat(ParagraphCollector.isCreditLine("责任编辑：李明")).isTrue();
    assertThat(ParagraphCollector.isCreditLine("Editor: Li Ming")).isTrue();
    assertThat(ParagraphCollector.isCreditLine("Photos: Ana Ruiz")).isTrue();
    assertThat(ParagraphCollector.isCreditLine("Pet Safety: Nontoxic to cats and dogs.")).isFalse();
    assertThat(ParagraphCollector.isCreditLine("Language: Spanish")).isFalse();
    List<String> out = extract("<article><h1>" + HEADLINE + "</h1><div class=body><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><p>Editor: Li Ming</p></div></article>").paragraphs();
    assertThat(out).containsExactly(P1, P2, P3);
  }
}
