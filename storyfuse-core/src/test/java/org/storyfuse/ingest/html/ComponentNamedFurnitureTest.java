package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Furniture named where newer markup names things (all made up here): a custom element's tag
 * ({@code <ad-slot>}, {@code <newsletter-signup>}), a block's {@code data-block} under hashed class
 * names, and a writer's box ("writer", a block named "bio") above or below the piece. A name that
 * says only "aside" ({@code <side-note>}) or "text" is no furniture.
 */
class ComponentNamedFurnitureTest {

  private static final String P1 = HarbourReport.PARAGRAPHS.get(0);
  private static final String P2 = HarbourReport.PARAGRAPHS.get(1);
  private static final String P3 = HarbourReport.PARAGRAPHS.get(2);
  private static final String P4 = HarbourReport.PARAGRAPHS.get(3);

  private static final String HEADLINE = "Harbour channel to be deepened for larger ferries";

  private static final String SIGNUP = "Get our morning briefing in your inbox every weekday. The day's most important"
      + " stories, handpicked by our editors, with analysis you will not find anywhere else and a crossword to finish"
      + " with your coffee.";

  private static final String BIO = "Lena Marsh is the Courier's transport correspondent. She has reported on the"
      + " valley's roads, railways and ferries for eleven years and writes a weekly column on getting around.";

  private static final String[][] TEASERS = {
      {"Ferry fares to rise in spring", "Fares on the river ferry will go up by forty cents from April, the operator"
          + " said, the first rise in six years, blaming fuel and the new landing stage."},
      {"Allotment waiting list passes two hundred", "More than two hundred households are now waiting for an"
          + " allotment in the valley, and some have waited for six years, the council said at its monthly meeting."},
      {"Quarry road reopens after culvert repairs", "The old quarry road opened again on Monday after six weeks of"
          + " repairs to the culvert that collapsed in the January storms, ending a long detour."}};

  private static List<String> extract(String html) {
    return new HtmlArticleExtractor().extract(html, null).paragraphs();
  }

  @Test
  void customElementsThatNameFurnitureAreFurnitureButASideNoteIsTheAuthors() {
    StringBuilder related = new StringBuilder("<related-stories>");
    for (String[] t : TEASERS) {
      related.append("<story-card><a href=/s>").append(t[0]).append("</a><p>").append(t[1]).append("</p></story-card>");
    }
    related.append("</related-stories>");
    String note = "The channel was last dredged in 2019, when the work took nine weeks.";
    List<String> out = extract("<story-page><story-headline><h1>" + HEADLINE + "</h1></story-headline><story-body>"
        + "<story-paragraph>" + P1 + "</story-paragraph><ad-slot><span>Advertisement</span></ad-slot>"
        + "<story-paragraph>" + P2 + "</story-paragraph><side-note>" + note + "</side-note>"
        + "<newsletter-signup><h3>Morning briefing</h3><p>" + SIGNUP + "</p></newsletter-signup>"
        + "<story-paragraph>" + P3 + "</story-paragraph></story-body>" + related + "</story-page>");
    assertThat(out).containsExactly(P1, P2, note, P3);
  }

  @Test
  void blocksNamedOnlyByADataAttributeAreTheirNamesAndAShortItemKeepsEveryParagraph() {
    StringBuilder page = new StringBuilder("<div class=q1w2><h1 class=u7i8>" + HEADLINE + "</h1>");
    String[] paragraphs = {P1, P2, P3};
    for (int i = 0; i < paragraphs.length; i++) {
      page.append("<section class=x9f2k data-block=text><p class=a81q>").append(paragraphs[i]).append("</p></section>");
      if (i == 1) {
        page.append("<section class=k2j7d data-block=ad><div class=m3n1>Advertisement</div></section>")
            .append("<section class=p0w8e data-block=newsletter><p class=a81q>").append(SIGNUP).append("</p></section>");
      }
    }
    page.append("<section class=z7y1 data-block=bio><p class=a81q>").append(BIO).append("</p></section>");
    // a box of teasers longer than the item itself: at full cost it left one paragraph the heaviest element
    page.append("<section class=r5t2 data-block=related><h2 class=h7u1>Read next</h2>");
    for (String[] t : TEASERS) {
      page.append("<div class=c1v4><a href=/s>").append(t[0]).append("</a><p class=a81q>").append(t[1]).append("</p></div>");
    }
    page.append("</section></div>");
    assertThat(extract(page.toString())).containsExactly(P1, P2, P3);
  }

  @Test
  void aWritersBoxAboveThePieceIsNotThePiece() {
    List<String> out = extract("<main><div class=kicker>Opinion</div><h1>" + HEADLINE + "</h1>"
        + "<div class=writer><div class=writer__name>Lena Marsh</div><p class=writer__text>" + BIO + "</p></div>"
        + "<div class=body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></main>");
    assertThat(out).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void aBlogPlatformsLabelsCountsAndWritersBoxAroundAStoryAreNotTheStory() {
    // a headline with a comma and ten words reads as prose; it is still the headline
    String headline = "Insurer says hackers stole data of 400,000 customers in March";
    String page = "<div class=root><nav><a href=/>Home</a></nav><article><div class=gn>"
        + "<div class=ab><span>Member-only story</span></div><h1>" + headline + "</h1>"
        + "<div class=ab><a href=/@w>Lena Marsh</a> · <button>Follow</button></div>"
        + "<div class=ab><span>5 min read</span> · <span>May 5, 2027</span></div>"
        + "<div class=ab><span>342</span><span>12</span></div>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"
        + "<div class=ab><span>342</span><span>12</span></div>"
        + "<div class=ab><div><h2>Written by Lena Marsh</h2><p>1.2K Followers</p><p>" + BIO + "</p>"
        + "<button>Follow</button></div></div></div>";
    assertThat(extract(page)).containsExactly(P1, P2, P3);
  }

  @Test
  void countsAreNoTextButATablesFiguresAreTheArticles() {
    assertThat(ParagraphCollector.isCountLine("342 12")).isTrue();
    assertThat(ParagraphCollector.isCountLine("1.2K")).isTrue();
    assertThat(ParagraphCollector.isCountLine("Page 2")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("1.2K Followers")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("342 likes")).isTrue();
    List<String> out = extract("<article><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<table><tr><th>School</th><th>Rank</th></tr><tr><td>Harbour College</td><td>12</td></tr>"
        + "<tr><td>Valley Institute</td><td>27</td></tr></table></article>");
    assertThat(out).contains("12", "27");
  }

  @Test
  void aBlogsNameInItsH1IsNotThePostsHeadline() {
    String post = "Dredging the eastern channel, week one";
    var e = new HtmlArticleExtractor().extract("<html><head><title>The Pilot's Log: " + post + "</title></head><body>"
        + "<div class=header><h1 class=title>The Pilot's Log</h1><p>Notes from the coast</p></div>"
        + "<div class=post><h3 class=post-title>" + post + "</h3><div class=post-body>" + P1 + "<br><br>" + P2
        + "</div></div></body></html>", null);
    assertThat(e.title()).isEqualTo(post);
    assertThat(e.paragraphs()).containsExactly(P1, P2);
  }
}
