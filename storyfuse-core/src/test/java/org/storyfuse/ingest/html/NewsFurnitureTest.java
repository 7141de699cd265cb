package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What news sites put inside and around an article (all made up here): a byline's meta line, a
 * video's credit, a metered-paywall prompt between the paragraphs, a pull quote that repeats a
 * sentence of the article, a print-edition note, a funding disclosure, a "follow our coverage" line,
 * an appeal to readers to write in, readers' comments under a short report whatever their class
 * names. None of it is the article; none of it may cost the article a paragraph.
 */
class NewsFurnitureTest {

  private static final String P1 = HarbourReport.PARAGRAPHS.get(0);
  private static final String P2 = HarbourReport.PARAGRAPHS.get(1);
  private static final String P3 = HarbourReport.PARAGRAPHS.get(2);
  private static final String P4 = HarbourReport.PARAGRAPHS.get(3);

  private static final String PAYWALL = "<div class=\"meter-prompt\"><h3>Keep reading for free</h3>"
      + "<div>You have read three of your five free articles this month.</div>"
      + "<div>Subscribe today for unlimited access to award-winning local journalism, the daily digital edition"
      + " and our puzzles, from just one crown a week. Cancel at any time.</div><a href=\"/subscribe\">Subscribe</a></div>";

  private static List<String> extract(String html) {
    return new HtmlArticleExtractor().extract(html, null).paragraphs();
  }

  @Test
  void aBylineWithItsDatesAndReadingTimeIsFurniture() {
    assertThat(BoilerplateText.isBoilerplate("By Marta Lindqvist Updated March 10, 2026 4 min read")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("By Jonas Berg and Ana Ruiz Updated Tuesday, 14 July 2026 3 min read")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("By Tom Reyes, Senior Harbour Correspondent, Coastal Desk Last updated on"
        + " Feb 27, 2026")).isTrue();
    // a sentence that starts with "By" ends like one; a heading "By Audience" names no one
    assertThat(BoilerplateText.isBoilerplate("By Tuesday Evening Crews Had Cleared The Road.")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("By Coast Desk reporters Updated December 18, 2026 4 min read")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("By Audience")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("By noon the quay was open again")).isFalse();
  }

  @Test
  void aBylineLineUnderTheHeadlineStaysOutOfTheBody() {
    List<String> out = extract("<article><h1>Harbour channel to be deepened</h1>"
        + "<div class=meta><span>By Marta Lindqvist</span> <span>Updated March 10, 2026</span> <span>4 min read</span></div>"
        + "<div class=body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void aVideosCreditClosesACaptionButAVideoSpecLineIsNoCaption() {
    assertThat(ParagraphCollector.isCaptionWithCredit(
        "Skippers describe the night the channel silted up. Video: Harbour TV, two minutes.")).isTrue();
    assertThat(ParagraphCollector.isCaptionWithCredit("Video: 4K/30p with no crop")).isFalse();
    assertThat(ParagraphCollector.isCaptionWithCredit("Video: 4K/30p, FHD 120p for slow motion")).isFalse();
  }

  @Test
  void aPaywallPromptIsTheSiteTalkingAboutItself() {
    assertThat(SiteText.count("Keep reading for free. You have read three of your five free articles this month."
        + " Subscribe today for unlimited access to award-winning local journalism, the daily digital edition and our"
        + " puzzles, from just one crown a week. Cancel at any time.").isSiteText()).isTrue();
    // news about a paywall reports it
    assertThat(SiteText.count("The Herald said on Monday that readers would get five free articles a month before"
        + " being asked to subscribe, and that a digital subscription would cost nine crowns, its editor told"
        + " reporters.").isSiteText()).isFalse();
  }

  @Test
  void aPaywallPromptBetweenAShortItemsParagraphsGoesAndBothParagraphsStay() {
    List<String> out = extract("<div class=story><h1>Harbour channel to be deepened</h1><div class=content>"
        + "<div class=text-component>" + P1 + "</div>"
        + "<div class=ad-wrapper><div class=ad-note>Story continues below advertisement</div></div>"
        + "<div class=text-component>" + P2 + "</div>" + PAYWALL + "</div>"
        + "<div class=rec><div>Recommended for you</div><a href=/a>Ferry fares to rise in spring</a></div></div>");
    assertThat(out).containsExactly(P1, P2);
  }

  @Test
  void aPullQuoteThatRepeatsTheArticleIsReadOnceAndAQuotationItDoesNotRepeatStays() {
    String quoted = "\"We will not let the ferries wait offshore another winter,\" the harbour master said.";
    List<String> out = extract("<article><h1>Harbour channel to be deepened</h1><div class=body>"
        + "<p>" + P1 + "</p><aside class=pull-quote><blockquote><p>" + P4 + "</p></blockquote></aside>"
        + "<p>" + P2 + "</p><blockquote><p>" + quoted + "</p></blockquote><p>" + P3 + "</p><p>" + P4 + "</p></div></article>");
    assertThat(out).containsExactly(P1, P2, quoted, P3, P4);
  }

  @Test
  void notesAboutTheArticleAndItsFundingAreNotTheStory() {
    assertThat(BoilerplateText.isAboutTheArticle("A version of this article appears in print on June 3, 2026, Section A,"
        + " Page 12 of the Coast edition with the headline: Harbour channel to be deepened.")).isTrue();
    assertThat(BoilerplateText.isAboutTheArticle("The Coast Wire's science coverage receives financial support from two"
        + " private foundations. The Coast Wire is solely responsible for all content.")).isTrue();
    // news about a newsroom's money reports it
    assertThat(BoilerplateText.isAboutTheArticle("The paper's editor said the foundation's grant came with no strings and"
        + " that the newsroom is solely responsible for the content it publishes.")).isFalse();
    assertThat(BoilerplateText.isAboutTheArticle(P1)).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Follow the Coast Wire's coverage of the harbour at https://wire.example/harbour"))
        .isTrue();
    assertThat(BoilerplateText.isBoilerplate("Follow our live coverage of the storm")).isTrue();
  }

  @Test
  void anAppealToReadersToWriteInIsTheSiteTalkingToThem() {
    assertThat(SiteText.count("Have you been affected by the dredging? Share your experiences by emailing"
        + " harbour@example.org. Please include a contact number if you are willing to speak to a journalist. You can"
        + " also get in touch by WhatsApp, or with the form on this page; if you cannot see it, open the mobile version"
        + " of the page.").isSiteText()).isTrue();
  }

  @Test
  void aShortWireItemLosesItsFundingNoteAndFollowLineButNoParagraph() {
    List<String> out = extract("<main><h1>Harbour channel to be deepened</h1><div class=body><p>" + P1 + "</p><p>" + P2
        + "</p><p>Follow the Coast Wire's coverage of the harbour at https://wire.example/harbour</p>"
        + "<p>The Coast Wire's science coverage receives financial support from two private foundations. The Coast Wire"
        + " is solely responsible for all content. Find its standards for working with philanthropies at wire.example.</p>"
        + "</div><div class=below><h2>Most read</h2><ul><li><a href=/a>Ferry fares to rise</a></li></ul></div></main>");
    assertThat(out).containsExactly(P1, P2);
  }

  private static final List<String> COMMENTS = List.of(
      "I have moored on the eastern quay for twenty years and nobody asked us before the plan was drawn up. The"
          + " temporary berths on the western side are exposed to every southerly gale, as anyone who works here knows.",
      "With respect, the ferries have waited offshore for three winters now, and the islanders who depend on them"
          + " have been patient enough. Two metres of channel is the least the authority owes them after all this time.",
      "Does anyone know whether the regatta weeks will still be kept clear? Our club has booked the visiting crews"
          + " already, and moving the dates now would cost us the deposits we paid for the whole of the summer season.",
      "Four million euros for eleven weeks of dredging sounds like a great deal of money. I would like to see the"
          + " tenders published before the work starts, so that ratepayers can judge whether it is money well spent.");

  private static String thread(String postTag, String control) {
    StringBuilder out = new StringBuilder("<div class=f4r><div class=h2b>Conversation</div>");
    for (int k = 0; k < COMMENTS.size(); k++) {
      out.append("<").append(postTag).append(" class=x8a2><div class=k1p><span>Reader ").append(k)
          .append("</span><span>").append(k + 1).append(" hours ago</span></div><div class=t9m>").append(COMMENTS.get(k))
          .append("</div><div class=w2>").append(control).append("</div></").append(postTag).append(">");
    }
    return out.append("</div>").toString();
  }

  @Test
  void readersCommentsUnderAShortReportStayOutWhateverTheirClassNames() {
    for (String control : List.of("<button>Reply</button><button>Share</button>", "<a href=\"#r\">Reply</a> <a href=\"#l\">Like</a>")) {
      List<String> out = extract("<div class=page><div class=post><h1>Harbour channel to be deepened</h1><div class=text><p>"
          + P1 + "</p><p>" + P2 + "</p></div></div>" + thread("div", control) + "</div>");
      assertThat(out).as("with %s", control).containsExactly(P1, P2);
    }
  }

  @Test
  void aPageThatIsOnlyAThreadKeepsItsPosts() {
    List<String> out = extract("<div class=page><h1>Temporary berths on the western quay?</h1>"
        + thread("div", "<button>Reply</button>") + "</div>");
    assertThat(out).containsAll(COMMENTS);
  }

  @Test
  void componentNamesSayWhatAnElementIsAsClassesDo() {
    // a byline block named only by its data-component, and a caption named by its class
    List<String> out = extract("<main><article><h1>Harbour channel to be deepened</h1>"
        + "<div data-component=\"byline-block\"><span>Marta Lindqvist</span></div>"
        + "<div data-component=\"text-block\"><p>" + P1 + "</p></div>"
        + "<div data-component=\"media-block\"><p class=\"media-caption\">Media caption, Skippers describe the night"
        + " the channel silted up</p></div>"
        + "<div data-component=\"text-block\"><p>" + P2 + "</p></div>"
        + "<div data-component=\"text-block\"><p>" + P3 + "</p></div></article></main>");
    assertThat(out).containsExactly(P1, P2, P3);
    // and the byline is read from the component's name as from a class
    assertThat(new HtmlArticleExtractor().extract("<main><article><h1>Harbour channel to be deepened</h1>"
        + "<div data-component=\"byline-block\"><span>Marta Lindqvist</span></div><p>" + P1 + "</p><p>" + P2
        + "</p></article></main>", null).byline()).isEqualTo("Marta Lindqvist");
  }

  @Test
  void aBoxOfTeasersBetweenTwoPartsOfTheBodyCostsTheArticleNeitherPart() {
    StringBuilder teasers = new StringBuilder("<div class=inline-related><h4>More on this</h4>");
    for (String[] t : new String[][] {
        {"Ferry fares to rise in spring", "Fares on the river ferry will go up by forty cents from April, the operator"
            + " said, the first rise in six years, blaming fuel and the new landing stage."},
        {"Allotment waiting list passes two hundred", "More than two hundred households are now waiting for an"
            + " allotment in the valley, and some have waited for six years, the council said."},
        {"Quarry road reopens after culvert repairs", "The old quarry road opened again on Monday after six weeks of"
            + " repairs to the culvert that collapsed in the January storms, ending a long detour."}}) {
      teasers.append("<div class=inline-related__item><a href=/s>").append(t[0]).append("</a><p>").append(t[1])
          .append("</p></div>");
    }
    teasers.append("</div>");
    List<String> out = extract("<main class=page><h1>Harbour channel to be deepened</h1>"
        + "<div class=part><p>" + P1 + "</p><p>" + P2 + "</p></div>" + teasers
        + "<div class=part><p>" + P3 + "</p><p>" + P4 + "</p></div></main><aside><h3>Most popular</h3><ul>"
        + "<li><a href=/a>Storm warning issued</a></li><li><a href=/b>Rail line to close</a></li></ul></aside>");
    assertThat(out).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void aNameAndADateUnderTheHeadlineAreAMetaLineButADatelineIsTheArticle() {
    String dateline = "PORT ARNE — The harbour authority approved a plan on Tuesday to deepen the eastern channel,"
        + " its chairwoman said.";
    List<String> out = extract("<div class=story><h1>Harbour channel to be deepened</h1>"
        + "<div class=info>Coast Desk staff · 3 June 2026</div><div class=text><p>" + dateline + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><div class=info2>June 3, 2026 | Marta Lindqvist</div></div></div>");
    assertThat(out).containsExactly(dateline, P2, P3);
  }

  @Test
  void aBoxThatSaysItIsPaidForIsTheAdvertisersWhateverItsMarkup() {
    assertThat(SectionLabels.isPaidLabel("Sponsored")).isTrue();
    assertThat(SectionLabels.isPaidLabel("Promoted by Nordhaus Kitchens")).isTrue();
    assertThat(SectionLabels.isPaidLabel("Sponsorship deal collapses")).isFalse();
    String pitch = "Discover the coast's finest kitchens at the Nordhaus showroom this weekend: solid oak worktops,"
        + " German fittings and free design advice, with ten percent off every order placed before Sunday.";
    List<String> out = extract("<article><h1>Harbour channel to be deepened</h1><div class=b8q><p>" + P1 + "</p><p>" + P2
        + "</p><div class=pb-7x><span>Sponsored</span><p>" + pitch + "</p></div><p>" + P3 + "</p><p>" + P4
        + "</p></div></article>");
    assertThat(out).containsExactly(P1, P2, P3, P4);
  }
}
