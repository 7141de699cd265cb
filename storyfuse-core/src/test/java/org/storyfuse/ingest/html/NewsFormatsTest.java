package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News formats rather than markups (all made up here): a press release whose wire puts a contact
 * box outside the page's {@code <main>}, an article republished under a Creative Commons licence with
 * the outlet's "Republish this article" box beside it, a live blog of timed entries, a reader poll in
 * the body, a news-in-brief page whose items each have their own heading, a review with its "where to
 * watch" box, a newsletter's web version with its mailing list's footer, a nonprofit newsroom's appeal for
 * money after the story, and the newsroom's calls to the reader in italics between paragraphs.
 */
class NewsFormatsTest {

  private static final String P1 = HarbourReport.PARAGRAPHS.get(0);
  private static final String P2 = HarbourReport.PARAGRAPHS.get(1);
  private static final String P3 = HarbourReport.PARAGRAPHS.get(2);
  private static final String P4 = HarbourReport.PARAGRAPHS.get(3);
  private static final String P5 = HarbourReport.PARAGRAPHS.get(4);

  private static final String HEADLINE = "Harbour channel to be deepened for larger ferries";

  private static final String CONTACT = "Questions about a distribution? Call our team from 8 a.m. to 10 p.m. Eastern,"
      + " Monday to Friday, or write to us through the help centre and we will answer within a day.";

  private static final String REPUBLISH = "Republish our articles for free, online or in print, under a Creative"
      + " Commons licence. We ask that you credit the author and the outlet, and link back to the original article.";

  /** Each line alone reads as the page's furniture. */
  private static void assertFurniture(String... lines) {
    for (String line : lines) {
      assertThat(BoilerplateText.isBoilerplate(line)).as(line).isTrue();
    }
  }

  private static List<String> extract(String html) {
    return new HtmlArticleExtractor().extract(html, null).paragraphs();
  }

  @Test
  void proseOutsideThePagesMainElementIsNotTheArticle() {
    String page = "<header><a href=/>Valley Newswire</a></header><main><h1>" + HEADLINE + "</h1>"
        + "<section class=release-body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p><p>" + P5
        + "</p></section></main><div class=wire-contact><h3>Contact the wire</h3><p>" + CONTACT + "</p></div>";
    assertThat(extract(page)).containsExactly(P1, P2, P3, P4, P5);
  }

  @Test
  void withoutAMainElementOrWithMostProseOutsideItTheChoiceIsTheScorers() {
    // two <main>s say nothing about where the article is: the scorer's choice stands
    String twoMains = "<div id=page><main><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></main>"
        + "<main><p>" + P3 + "</p></main></div>";
    assertThat(extract(twoMains)).containsExactly(P1, P2, P3);
  }

  @Test
  void aRepublishBoxBesideTheArticleIsTheSitesOwnTextButTheRepublicationNoteIsTheArticles() {
    String note = "This article is republished from The Ledger Review under a Creative Commons license."
        + " Read the original article.";
    String page = "<main><div class=grid><article class=entry><h1>" + HEADLINE + "</h1><div class=entry-body><p>"
        + P1 + "</p><p>" + P2 + "</p><p><em>" + note + "</em></p></div></article>"
        + "<aside class=republish-box><h3>Republish this article</h3><p>" + REPUBLISH + "</p><button>Republish</button>"
        + "</aside></div></main>";
    assertThat(extract(page)).containsExactly(P1, P2, note);
    assertThat(SiteText.count("Republish this article " + REPUBLISH).isSiteText()).isTrue();
  }

  @Test
  void aLiveBlogKeepsEveryEntryAndItsHeadlineButNotItsKeyEventsBox() {
    String page = "<main><h1>" + HEADLINE + " – live</h1><div class=key-events><h2>Key events</h2><ul>"
        + "<li><a href=#b1><time>14.32 BST</time> Harbour master gives an update</a></li></ul>"
        + "<button>Show key events only</button></div><div class=liveblog-body>"
        + "<article class=block id=b0><time>14.47 BST</time><div><p>" + P1 + "</p></div></article>"
        + "<article class=block id=b1><time>14.32 BST</time><h2>Harbour master gives an update</h2><div><p>" + P2
        + "</p><p>" + P3 + "</p></div></article></div></main>";
    assertThat(extract(page)).containsExactly(P1, "Harbour master gives an update", P2, P3);
  }

  @Test
  void aClockTimeAloneIsATimeStampButAFigureIsNot() {
    assertThat(ParagraphCollector.isClockLine("14.32 BST")).isTrue();
    assertThat(ParagraphCollector.isClockLine("2:40 p.m. ET")).isTrue();
    assertThat(ParagraphCollector.isClockLine("Updated at 14:40 GMT")).isTrue();
    assertThat(ParagraphCollector.isClockLine("9:05am")).isTrue();
    assertThat(ParagraphCollector.isClockLine("14.32")).isFalse();
    assertThat(ParagraphCollector.isClockLine("14.47 mph")).isFalse();
    assertThat(ParagraphCollector.isClockLine("At 14:40 the ferry left.")).isFalse();
    // a timetable's times are its content
    String page = "<main><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><table><tr><td>Departs</td>"
        + "<td>14:40</td></tr><tr><td>Arrives</td><td>15:25</td></tr></table><p>" + P3 + "</p></main>";
    assertThat(extract(page)).contains("14:40", "15:25");
  }

  @Test
  void aReadersPollInTheBodyIsThePagesButAChecklistIsTheArticles() {
    String note = "Polls are not scientific and reflect only the opinions of the readers who choose to take part.";
    String poll = "<div class=poll-widget><p class=poll-question>Should the council pay for the dredging?</p><form>"
        + "<label><input type=radio name=v> Yes</label><label><input type=radio name=v> No</label>"
        + "<label><input type=radio name=v> Not sure</label><button>Vote</button></form><a href=#>View results</a>"
        + "<p class=poll-note>" + note + "</p></div>";
    String page = "<main><h1>" + HEADLINE + "</h1><div class=story-body><p>" + P1 + "</p><p>" + P2 + "</p>" + poll
        + "<p>" + P3 + "</p><p>" + P4 + "</p></div></main>";
    assertThat(extract(page)).containsExactly(P1, P2, P3, P4);

    String checklist = "<ul class=checklist><li><label><input type=checkbox> Book the harbour permit</label></li>"
        + "<li><label><input type=checkbox> Move the fishing boats to the western quay</label></li></ul>";
    String withList = "<main><h1>" + HEADLINE + "</h1><div class=story-body><p>" + P1 + "</p><p>" + P2 + "</p>"
        + checklist + "<p>" + P3 + "</p></div></main>";
    assertThat(extract(withList)).contains("Book the harbour permit", "Move the fishing boats to the western quay");
  }

  @Test
  void aSignUpBoxAShareBarAndAnAdLabelInAnyLanguageAreThePages() {
    // a markup that names nothing: the box is known by its e-mail field, the bar by the services it names
    String signUp = "<div class=b-3><div class=t-5>La newsletter del mattino</div><div class=t-2>Ogni mattina le notizie"
        + " più importanti della provincia nella tua casella di posta. Iscriviti gratis.</div><form><input type=email>"
        + "<button>OK</button></form></div>";
    String page = "<div class=w-2><div class=c-8><h1>" + HEADLINE + "</h1><div class=c-6><p>" + P1 + "</p><p>" + P2
        + "</p>" + signUp + "<div class=b-7><span>Pubblicità</span><div class=h-250></div></div><p>" + P3 + "</p><p>" + P4
        + "</p></div><div class=t-1>Condividi: Facebook · X · WhatsApp · Email</div></div></div>";
    assertThat(extract(page)).containsExactly(P1, P2, P3, P4);

    // a field named for an address where the page left its type "text"
    String named = page.replace("<input type=email>", "<input type=text name=subscriber_email>");
    assertThat(extract(named)).containsExactly(P1, P2, P3, P4);

    // a short story with a form in it keeps its prose: a sign-up box's pitch is a sentence or two
    String shortStory = "<main><h1>" + HEADLINE + "</h1><div class=c-6><p>" + P1 + "</p><p>" + P2 + "</p><form>"
        + "<input type=email></form></div><section class=c-2><p>" + P3 + "</p><p>" + P4 + "</p><p>" + P5
        + "</p></section></main>";
    assertThat(extract(shortStory)).contains(P1, P2);
  }

  @Test
  void aBylineLineInAnotherLanguageOrWithANamesParticleIsThePages() {
    assertFurniture("di Giulia Ferraris 4 giugno 2026", "Por Rita Carvalhal 12 de março de 2026",
        "Autor: Katarzyna Nowicka 21 października 2026", "Von Katrin Ebeling", "By Anna de Souza",
        "By Jan van der Berg, Staff Writer", "Por Rita de Carvalho");
    // a surname is no byline, nor is a sentence
    assertThat(BoilerplateText.isBoilerplate("Di Maio e Salvini")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Door County Sheriff's Office")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Por la tarde llegaron los bomberos.")).isFalse();
  }

  @Test
  void relatedHeadingsAndCommentLabelsInOtherLanguagesAreThePages() {
    assertFurniture("Lesen Sie auch", "Potrebbe interessarti", "Zobacz również", "İlginizi çekebilir",
        "Читайте также", "Kommentare (12)", "12 commenti", "Reacties");
    assertThat(BoilerplateText.isBoilerplate("Lesen Sie auch den Bericht des Rechnungshofs, der am Montag erschien.")).isFalse();
  }

  @Test
  void aShareBarNamesOnlyServices() {
    assertThat(BoilerplateText.isShareBar("Udostępnij: Facebook · X · WhatsApp · E-mail")).isTrue();
    assertThat(BoilerplateText.isShareBar("Delen: Facebook | X")).isTrue();
    assertThat(BoilerplateText.isShareBar("Facebook")).isFalse();
    assertThat(BoilerplateText.isShareBar("Facebook and X were fined")).isFalse();
  }

  @Test
  void aNewsInBriefPageKeepsEveryItemWithItsHeading() {
    String page = "<main><article><h1>News in brief</h1><div class=roundup-body><h2>Channel to be deepened</h2><p>" + P1
        + "</p><hr><h2>Dredging in March</h2><p>" + P2 + "</p><hr><h2>Boats to move</h2><p>" + P3
        + "</p></div></article></main><aside class=most-read><h3>Most read</h3><ol><li><a href=/a>Ferry fares to rise"
        + "</a></li><li><a href=/b>Library opens</a></li></ol></aside>";
    assertThat(extract(page)).containsExactly("Channel to be deepened", P1, "Dredging in March", P2, "Boats to move", P3);
  }

  @Test
  void theRestOfAStoryCollapsedBehindContinueReadingIsKeptWhenThePageStatesItsBody() {
    String rest = "<div class=story-rest hidden><p>" + P3 + "</p><p>" + P4 + "</p></div>";
    String body = "<main><h1>" + HEADLINE + "</h1><div class=story-body><div class=story-visible><p>" + P1 + "</p><p>" + P2
        + "</p></div><button>Continue reading</button>" + rest + "</div></main>";
    String stated = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE
        + "\",\"articleBody\":\"" + String.join("\\n\\n", P1, P2, P3, P4) + "\"}</script>";
    assertThat(extract("<html><head>" + stated + "</head><body>" + body + "</body></html>"))
        .containsExactly(P1, P2, P3, P4);
    // without the stated body, hidden text is not taken on trust
    assertThat(extract("<html><body>" + body + "</body></html>")).containsExactly(P1, P2);
  }

  @Test
  void aPortalsStoryContinuesBreakIsNoText() {
    assertThat(BoilerplateText.isBoilerplate("Story continues")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Article continues below advertisement")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Show full article")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("The story continues to unfold in the valley.")).isFalse();
    // the same breaks as other newsrooms word them around their ad slots
    assertThat(BoilerplateText.isBoilerplate("Article continues after this advertisement")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Continue reading the main story")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("SKIP ADVERTISEMENT")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Scroll to continue with content")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Scroll to continue, the rescuers were told, was not an option.")).isFalse();
  }

  @Test
  void aReadingTimeIsThePagesButAStepsDurationIsNot() {
    assertFurniture("6 min read", "3 MIN. READ", "Reading Time: 8 minutes", "Read time: 14 min",
        "4 minute read", "Estimated reading time: about 5 minutes", "10-12 min read");
    // a bare duration is as often a recipe's or a workout's step as the page's estimate
    assertThat(BoilerplateText.isBoilerplate("10 mins")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Simmer for 10 minutes.")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("The 6 min read of the verdict took the court by surprise.")).isFalse();
    assertThat(extract("<html><body><article><h1>Harbour reopens</h1><p>5 min read</p><p>" + P1 + "</p><p>" + P2
        + "</p></article></body></html>")).containsExactly(P1, P2);
  }

  @Test
  void theNewsroomsNotesOnMachineHelpAndTheWritersAccountsAreThePagesButAStoryAboutAIIsNot() {
    for (String note : List.of(
        "This summary was produced with the help of an AI tool and checked by our editors before publication.",
        "This audio version is read by a synthetic voice. Some words may be mispronounced.",
        "This article was written by our reporters. An AI tool helped to transcribe interviews.",
        // the same notes in other words
        "Editor's note: This story was produced with the assistance of AI tools and reviewed by our editors.",
        "Summaries are generated by artificial intelligence and may contain errors. Read the full story.",
        "The audio version of this article is generated by text-to-speech software.",
        // the reader's ad blocker
        "This video cannot be played in your browser. If you use an ad blocker, please turn it off for our site.",
        "We noticed you are using ad-blocking software. Please whitelist us to keep our reporting free.")) {
      assertThat(BoilerplateText.isAboutTheArticle(note)).as(note).isTrue();
    }
    // the piece names AI without a machine making it; a report about a newsroom's AI tools reports
    for (String story : List.of(
        "This newsletter was once called The Guide to AI. The name change reflects how artificial intelligence has spread.",
        "The story of the valley's AI tools began in 2019, the mayor said.",
        "Like the others, this VPN has a built-in ad blocker, which blocked 90 percent of banners in our tests.")) {
      assertThat(BoilerplateText.isAboutTheArticle(story)).as(story).isFalse();
    }
    assertFurniture("Follow Ruth Okafor on Bluesky at @ruth.valleyecho.example and on Instagram.",
        "Follow me on Instagram for new recipes!", "4:32 Voiced by artificial intelligence.",
        "Ruth Okafor is on X as @ruth_echo and on Threads.", "Read this article in Spanish",
        "Este artículo también está disponible en español.", "Don\u2019t miss these stories from the Courier:",
        "Don't Miss a Thing!", "This article is more than 3 years old");
    for (String line : List.of("Followers on Instagram rose by a third last year.",
        "The mayor is on X more than any other official.", "The article is available in print only, the publisher said.",
        "Don't miss the eclipse tonight, astronomers say.", "This bridge is more than 300 years old.")) {
      assertThat(BoilerplateText.isBoilerplate(line)).as(line).isFalse();
    }
    String summary = "<section class=\"story-summary\"><h2>Key points</h2><ul><li>The port stays closed.</li></ul>"
        + "<p><small>This summary was produced with the help of an AI tool and checked by our editors.</small></p></section>";
    assertThat(extract("<html><body><article><h1>Harbour closed</h1>" + summary + "<div><p>" + P1 + "</p><p>" + P2
        + "</p></div></article></body></html>")).containsExactly("Key points", "The port stays closed.", P1, P2);
  }

  @Test
  void theNextStoryLoadedUnderAStoryIsNotItEvenWhereClassNamesSayNothing() {
    String next = "<article class=\"q81x\"><h2>Storm warning issued for the weekend</h2><div class=\"k2p\">"
        + "<p>Forecasters issued a storm warning for the whole valley on Friday, saying gusts could reach 90 kilometres "
        + "an hour on Saturday night and that ferries would probably not sail.</p><p>The harbour master said boats "
        + "should be moored by Saturday noon and that the marina would close its fuel pier until Monday morning.</p>"
        + "</div><a href=\"/next\">Continue reading</a></article>";
    String story = "<article class=\"q81x\"><h1>Harbour reopens</h1><div class=\"k2p\"><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div></article>";
    assertThat(extract("<html><body><main class=\"z0a\">" + story + next + "</main></body></html>"))
        .containsExactly(P1, P2, P3);
    // two stories that both carry a headline are not told apart by it: the choice stays the scorer's
    String both = next.replace("<h2>", "<h1>").replace("</h2>", "</h1>");
    assertThat(extract("<html><body><main class=\"z0a\">" + story + both + "</main></body></html>"))
        .contains(P1, P2, P3);
  }

  @Test
  void aTitledBoxAfterTheStorysContainerIsThePagesButASubHeadingOfTheStoryStays() {
    String watch = "Where to watch: Stream on Valley+, rent from 3.49 or buy from 7.99. Prices may vary.";
    String review = "<main><article class=review><h1>" + HEADLINE + "</h1><div class=review-body><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div><div class=where-to-watch><h3>Where to watch</h3><p>" + watch
        + "</p><a href=/w/1>Stream</a></div></article></main>";
    assertThat(extract(review)).containsExactly(P1, P2, P3);
    // the same heading and line inside the story's own container are the story's closing section
    String inBody = "<main><article><h1>" + HEADLINE + "</h1><div class=body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><h2>What comes next</h2><p>" + watch + "</p></div></article></main>";
    assertThat(extract(inBody)).containsExactly(P1, P2, P3, "What comes next", watch);
    // and so is a last section shaped like the sections before it
    String sections = "<main><article><h1>" + HEADLINE + "</h1><section class=part><h2>The plan</h2><p>" + P1 + "</p><p>"
        + P2 + "</p><p>" + P3 + "</p></section><section class=part><h2>What comes next</h2><p>" + watch
        + "</p></section></article></main>";
    assertThat(extract(sections)).containsExactly("The plan", P1, P2, P3, "What comes next", watch);
  }

  @Test
  void aMailingListsFooterOnANewslettersWebVersionIsTheSitesOwnText() {
    String footer = "You are receiving this email because you signed up for the Valley Echo Morning Briefing."
        + " Unsubscribe · Update your preferences · Privacy";
    assertThat(SiteText.count(footer).isSiteText()).isTrue();
    String td = "<tr><td style=\"font-family:Georgia,serif\">";
    String page = "<title>" + HEADLINE + "</title><table><tr><td><table>" + td + "<b>" + HEADLINE + "</b></td></tr>" + td + P1 + "</td></tr>" + td + P2
        + "</td></tr>" + td + P3 + "</td></tr>" + td + P4 + "</td></tr><tr><td style=\"font-size:11px\">" + footer
        + "</td></tr></table></td></tr></table>";
    assertThat(extract(page)).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void aNewsroomsAppealForMoneyIsItsOwnTextButANewsStoryAboutDonationsIsNot() {
    String appeal = "If you value what we do, please consider supporting us with a contribution of any size. It takes a"
        + " minute, and every gift, big or small, keeps our journalism going. Thank you.";
    String box = "Support independent local journalism. The Valley Echo is a nonprofit newsroom, and readers like you"
        + " make our reporting possible. Give today and your gift will be matched.";
    assertThat(SiteText.count(appeal).isSiteText()).isTrue();
    assertThat(SiteText.count(box).isSiteText()).isTrue();
    String freeToRead = "We have made this story free to read because it is in the public interest. Please consider"
        + " subscribing to support our journalism.";
    assertThat(SiteText.count(freeToRead).isSiteText()).isTrue();
    String drive = "Since you made it to the end of this story, we have a small favour to ask. We are in the middle of"
        + " our year-end fundraising drive, and every dollar you give will be doubled. If stories like this one matter to"
        + " you, please pitch in what you can: it keeps our reporting free for everyone. Double my donation";
    assertThat(SiteText.count(drive).isSiteText()).isTrue();
    String campaign = "The school's fundraising campaign raised 40,000 crowns, the head teacher said, most of it from a"
        + " single sponsored walk in May that our reporter joined along with you and your children.";
    assertThat(SiteText.count(campaign).isSiteText()).isFalse();
    // a question for the readers that ends the story is its text (WCXB's annotators keep such calls)
    String ask = "What do you think about the plan? Let us know in the comments below.";
    String asked = "<main><article><h1>" + HEADLINE + "</h1><div class=article-body><p>" + P1 + "</p><p>" + P2 + "</p><p>"
        + P3 + "</p><p>" + freeToRead + "</p><p>" + ask + "</p></div></article></main>";
    assertThat(extract(asked)).containsExactly(P1, P2, P3, ask);
    String page = "<main><article><h1>" + HEADLINE + "</h1><div class=article-body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></div><div class=kx8-epic><p>" + appeal + "</p><a href=/support>Support us</a></div><div class=donate-box><p>"
        + box + "</p><a href=/donate>Donate now</a></div></article></main>";
    assertThat(extract(page)).containsExactly(P1, P2, P3);
    // the reporter's text about donations reports: it stays
    String news = "Donations to the flood fund reached 2 million crowns by Friday, the organisers said, and they asked"
        + " anyone who wants to donate to give through the town hall rather than through collectors at the door.";
    assertThat(SiteText.count(news).isSiteText()).isFalse();
    String story = "<main><article><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + news + "</p><p>" + P2 + "</p></article></main>";
    assertThat(extract(story)).containsExactly(P1, news, P2);
  }

  @Test
  void theNewsroomsCallsToTheReaderInItalicsGoButItsItalicNotesStay() {
    String podcast = "Listen to our daily news podcast, The Valley Briefing, on Apple Podcasts, Spotify or wherever you"
        + " get your podcasts.";
    String channel = "Join our WhatsApp channel to get the day's top stories from the valley sent straight to your phone.";
    String note = "Editor's note: This story has been updated to include the council leader's comments.";
    String joined = "Join the march on Saturday, the organisers said, and bring a lantern.";
    String page = "<main><article><h1>" + HEADLINE + "</h1><div class=article-body><p><em>" + note + "</em></p><p>" + P1
        + "</p><p><em>" + podcast + "</em></p><p>" + P2 + "</p><p><i>" + channel + "</i></p><p>" + P3 + "</p><p><em>" + joined
        + "</em></p></div></article></main>";
    // a call that reports ("the organisers said") is the story's, italics or not
    assertThat(extract(page)).containsExactly(note, P1, P2, P3, joined);
  }
}
