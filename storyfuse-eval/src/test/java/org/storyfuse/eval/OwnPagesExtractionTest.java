package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The own-pages benchmark ({@code ownpages/}, made by its {@code make_pages.py}): 459 made-up news
 * pages on thirty-one kinds of markup and thirty-two news formats, 324 with a trap that takes prose-weighing extractors in — a
 * cookie-consent "Privacy Overview" panel, a comment-moderation notice, a customer-service block, a
 * newsletter box, a cookie banner, an "about us" box, a writer's box, a grid of teaser cards, a
 * credited caption; and inside the article's own container a byline's meta line, "Read more:" lines,
 * advertisement labels, a pull quote, a video box, an inline newsletter promo, a metered-paywall
 * prompt, a print-edition note, an appeal to readers to write in, a funding disclosure, readers'
 * comments with hashed class names, embeds' fallback messages and captions named by class, a box
 * of teasers between two parts of the body (pages 0031–0102, which the release before scored
 * 0.42–0.98), a sponsored box written as prose and the next story loaded under the article
 * (0111–0122); an old table layout with a bold headline, {@code <br>}-separated paragraphs, a
 * labelled date line, a copyright notice and a weather box beside it, an AMP page, a photo gallery
 * in the story, regional pages in German, Spanish and French with their own furniture (0123–0155,
 * which the release before scored 0.72–1.00); a blog post with Jetpack's sharing, liking and related
 * boxes inside it, a link-heavy aggregator post, Russian and Chinese pages (0156–0174, which the
 * release before scored 0.69–1.00); web components, blocks named only by data attributes, an
 * opinion page with the writer's box above it (0175–0192, 0.79–1.00); blogging platforms' post
 * pages, Medium-, Blogger-, Ghost- and Substack-like (0193–0212, 0.93–1.00); news formats — live
 * blogs and live-update feeds, match reports, press releases on a wire, explainers, republished
 * articles (0213–0249, 0.57–1.00), news-in-brief pages, timelines, reader polls, business stories
 * under ticker strips, stories under a video player (0250–0274, 0.88–1.00); a data story with embedded
 * charts, a wire story on a portal, stories collapsed behind "Continue reading" (0275–0292, 0.41–1.00;
 * those without a stated body, {@link #COLLAPSED}, still lose their hidden half); letters to the
 * editor, an obituary, an advice column (0293–0303, 0.83–1.00); an arts review, a fact-check, a podcast
 * episode, a newsletter's web version in e-mail tables, a wire story's copyright tail, an explainer with a
 * table of contents, a crime report ending in a police appeal, a story of a series (0304–0335, 0.79–1.00),
 * a local TV station's story, a government department's press release, a wiki news page (0336–0347,
 * 0.95–1.00), a nonprofit newsroom's donate box and appeal for support, election and league-table widgets
 * (0348–0357, 0.67–1.00), the newsroom's calls to the reader between paragraphs — its podcast, its
 * WhatsApp channel, a live event, its social accounts — in italics or boxed (0358–0365, 0.84–1.00), and
 * its plain paragraphs at a story's end: a call to subscribe (the page's) beside a question for the comments,
 * a survey and a tip line (the article's, as WCXB's annotators keep such calls; 0366–0373, 0.96–1.00);
 * the newest pages' extras — a summary box made with a language model and its note, an audio version in a
 * synthetic voice and its note, an old-article warning, a newsletter sign-up's privacy notice, topics to follow,
 * the reporter's social accounts, a notifications prompt, a note on the newsroom's use of AI — beside a
 * correction and bold "Why it matters" leads (the article's; 0374–0397, 0.85–1.00); the same kinds in other
 * words and another publisher's markup — "Voiced by artificial intelligence", an editor's note on AI tools,
 * a writer's account line without "Follow", the article in Spanish, a newsletter's "You're reading" line, a
 * reactions bar — beside a "Contributing:" credit and a call for readers' stories (0398–0413, 0.83–1.00); the
 * words of widgets in their other states — a sign-up form's legal line, thanks and errors, a video player's and a
 * comments widget's errors — and a contributor network's disclaimer (0414–0425, 1.00 at first look); a wire-fed
 * site's lines in a story's flow — "Don't miss these stories", "WATCH:", "Our standards", "Read the original
 * article on …" — beside the article's "developing story", "(Reporting by …)" and "contributed to this report"
 * lines (0426–0437, 0.97–1.00); the newsroom's asks in new words as plain paragraphs of the story, beside a news
 * paragraph about a food bank's appeal (0438–0449, 0.72–1.00, most of them known misses); regional news in
 * Italian, Portuguese, Dutch, Polish and Turkish in a markup that names nothing, with each language's cookie
 * notice, ad label, "read also" line, sign-up box, share line, tags, related links and comment rules
 * (0450–0459, 0.79–1.00 at first look, 0.84–1.00 after; five known misses);
 * and long reads whose
 * sub-headings and lists must stay (0103–0110) —
 * including short news items that the trap outweighs, portal pages where link lists around a short
 * article made the trap alone the best block (the first release scored them 0.10–0.16), and 46
 * control articles (news about cookies and comments, a question-and-answer interview). No trap may
 * win over the article: every page keeps its whole body, and no trap text comes along but on the
 * pages {@link #KNOWN_MISSES} names.
 */
class OwnPagesExtractionTest {

  /**
   * Why the match reports keep their player ratings (session 27): the ratings are sentences in a
   * section of their own after the report's {@code <article>}, and whether a report's ratings are its
   * text is the annotator's convention; taking the {@code <article>} element alone was flat on the
   * WCXB tuning part (−0.00002), and a rule of that kind lowered the held-out part in session 26.
   */
  private static final String RATINGS = "a match report's player ratings, sentences in a section after the report";

  /**
   * The letters page's note on how to write in (session 27), a box after the last letter: its
   * words are not the site vocabulary the site-text rule knows, and WCXB's annotators keep such calls
   * when they end an article's body (its tuning pages 0331, 4846), so no rule drops them by wording.
   */
  private static final String LETTERS = "the letters page's note on how to write in, a box after the last letter";

  /**
   * Stories whose second half is hidden behind "Continue reading" on a page that states no JSON-LD
   * body (session 27): the hidden half is lost. With the stated body (pages 0290–0292) it is kept;
   * without it, a rule keeping hidden prose that follows visible prose also kept a hidden template
   * of placeholder text on a WCXB tuning page and was not shipped.
   */
  /**
   * A newsletter's web version (session 28): the list's lines above the headline ("Having trouble reading this
   * email? View it in your browser", "Was this forwarded to you? Sign up here …") stay; dropping the site's
   * talk above a page's headline lowered nine WCXB tuning pages, whose headline line is not always the first.
   */
  private static final String MAILING = "a newsletter's web version: the mailing list's lines above the headline";

  /**
   * A TV station's video box above the story (session 28): its description is a sentence, and prose inside a
   * container named "video" stays, as a video's transcript or summary does on WCXB's pages.
   */
  private static final String VIDEO_NOTE = "a video box's description written as a sentence, above the story";

  /**
   * A membership prompt between a story's paragraphs (session 28): "Enjoying this story? Become a member …", one
   * short block; WCXB's annotators keep such lines where they end a post ("If you enjoyed this article, the ultimate
   * compliment is to share our work", tuning page 0472), so no wording rule drops them.
   */
  private static final String MEMBER = "a one-line membership prompt between the story's paragraphs";

  /**
   * Session 29's asks in words no earlier batch used ("chip in today: even $5 helps", "get the … app", "Members make
   * this reporting possible", "Get stories like this in your inbox"), as plain paragraphs of the story's container. A
   * rule for the site's voice (its own name or "our", the reader addressed, nothing reported) would drop them, but on
   * WCXB's tuning pages such paragraphs are brands' self-promotion its annotators keep: 188 of the 200 it would drop.
   */
  private static final String ASKS = "the newsroom's asks in new words, as plain paragraphs of the story";

  /**
   * Why five languages' regional pages in a markup that names nothing keep lines (session 30): the tags line
   * ("Argomenti: traghetto, trasporti, isole") has the shape of a product's spec line, which WCXB's annotators keep
   * (its tuning pages hold 181 such "Label: a, b, c" lines); the comment rules are prose in the language's own words
   * after the article, and the related block's heading is left when its links go; a Dutch byline's lower-case
   * particle ("Door Sanne de Vries") is not read as a byline.
   */
  private static final String NAMELESS = "a regional page in another language whose markup names nothing: its tags line,"
      + " comment rules and related heading stay";

  private static final java.util.Set<String> COLLAPSED = java.util.Set.of("0285", "0286", "0287", "0288", "0289");

  /**
   * Pages whose traps still come along, each with why (docs/EVALUATION.md, sessions 26 and 27). They must
   * still keep their whole article; the test fails when one of them starts passing, so the list
   * shrinks as the extractor learns.
   */
  private static final java.util.Map<String, String> KNOWN_MISSES = java.util.Map.ofEntries(
      java.util.Map.entry("0172", "a short Chinese item: its follow-us prompt and its comment rules stand in boxes of their"
          + " own after the article, with class names that say nothing and wording no rule knows"),
      java.util.Map.entry("0226", RATINGS), java.util.Map.entry("0227", RATINGS), java.util.Map.entry("0229", RATINGS),
      java.util.Map.entry("0230", RATINGS), java.util.Map.entry("0231", RATINGS),
      java.util.Map.entry("0293", LETTERS), java.util.Map.entry("0295", LETTERS),
      java.util.Map.entry("0316", MAILING), java.util.Map.entry("0318", MAILING),
      java.util.Map.entry("0336", VIDEO_NOTE), java.util.Map.entry("0338", VIDEO_NOTE),
      java.util.Map.entry("0350", MEMBER), java.util.Map.entry("0352", MEMBER),
      java.util.Map.entry("0438", ASKS), java.util.Map.entry("0440", ASKS), java.util.Map.entry("0441", ASKS),
      java.util.Map.entry("0442", ASKS), java.util.Map.entry("0444", ASKS), java.util.Map.entry("0445", ASKS),
      java.util.Map.entry("0446", ASKS), java.util.Map.entry("0447", ASKS), java.util.Map.entry("0448", ASKS),
      java.util.Map.entry("0449", ASKS),
      java.util.Map.entry("0451", NAMELESS), java.util.Map.entry("0452", NAMELESS), java.util.Map.entry("0454", NAMELESS),
      java.util.Map.entry("0456", NAMELESS), java.util.Map.entry("0459", NAMELESS),
      java.util.Map.entry("0329", "a line asking readers to report errors under a crime report, outside the body's"
          + " container: WCXB's annotators keep a line on the site's editorial standards inside a body (its tuning pages"
          + " 2891, 4011), so no wording rule drops it"));

  @Test
  void consentPanelsCommentNoticesNewslettersAndServiceBlocksNeverWinOverTheArticle() throws Exception {
    ExtractionReport report = ExtractionEvaluation.run(dir(), 0, SitePart.ALL);
    assertThat(report.pageCount()).isEqualTo(459);
    assertThat(report.problems()).isEmpty();
    double others = 0;
    int otherPages = 0;
    for (ExtractionReport.PageScore page : report.pages()) {
      if (!COLLAPSED.contains(page.id()) && !KNOWN_MISSES.containsKey(page.id())) {
        others += page.f1();
        otherPages++;
      }
      if (COLLAPSED.contains(page.id())) {
        assertThat(page.recall()).as("page %s: the collapsed half is still lost", page.id()).isLessThan(0.99);
        assertThat(page.precision()).as("precision of page %s", page.id()).isGreaterThanOrEqualTo(0.95);
        continue;
      }
      assertThat(page.recall()).as("recall of page %s", page.id()).isGreaterThanOrEqualTo(0.99);
      if (KNOWN_MISSES.containsKey(page.id())) {
        assertThat(page.withoutRate()).as("page %s: %s", page.id(), KNOWN_MISSES.get(page.id())).isGreaterThan(0.0);
        continue;
      }
      // every other page scores 1.000 at the end of session 28; a line of furniture costs a short item ~0.05
      assertThat(page.f1()).as("F1 of page %s", page.id()).isGreaterThanOrEqualTo(0.95);
      // every trap goes (at session 25's start 21% of the trap snippets came along over pages 0001-0122)
      assertThat(page.withoutRate()).as("trap snippets kept on page %s", page.id()).isIn(0.0, Double.NaN);
    }
    // the pages outside the documented misses: every one 1.000 at the end of session 28
    assertThat(others / otherPages).isGreaterThanOrEqualTo(0.998);
    // the first 449, misses included (the collapsed halves cost recall): 0.991 at the end of session 27
    List<ExtractionReport.PageScore> first449 = report.pages().stream().filter(pg -> pg.id().compareTo("0449") <= 0).toList();
    double p449 = first449.stream().mapToDouble(ExtractionReport.PageScore::precision).average().orElse(0);
    double r449 = first449.stream().mapToDouble(ExtractionReport.PageScore::recall).average().orElse(0);
    assertThat(first449).hasSize(449);
    assertThat(2 * p449 * r449 / (p449 + r449)).isGreaterThanOrEqualTo(0.99);
    // all of them: session 30's pages in five more languages (0450-0459) hold seven known misses; 0.9899 then
    assertThat(report.f1()).isGreaterThanOrEqualTo(0.989);
    assertThat(report.titleRate()).isEqualTo(1.0);
  }

  /**
   * The same pages as a framework renders them, every class, id and {@code data-*} value a hash: what a page says
   * by its names is gone, and what is left is its text, its tags and its shape. Session 29 measured 0.973 over the
   * first 437 pages, 0.977 after {@code ContentScorer.storyWithin}, and 0.9753 (recall 0.9945) over all 449; this
   * holds the extractor to that, so a rule that leans on names more than before shows here.
   */
  @Test
  void theSamePagesWithHashedClassNamesStillMostlyReadRight(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path html = java.nio.file.Files.createDirectories(tmp.resolve("html"));
    Path truth = java.nio.file.Files.createDirectories(tmp.resolve("ground-truth"));
    java.util.regex.Pattern names = java.util.regex.Pattern.compile("\\b(class|id|data-[\\w-]+)=\"([^\"]*)\"");
    try (var pages = java.nio.file.Files.list(dir().resolve("html"))) {
      for (Path page : pages.sorted().toList()) {
        String id = page.getFileName().toString().substring(0, 4);
        String text = java.nio.file.Files.readString(page);
        String hashed = names.matcher(text).replaceAll(m -> m.group(1) + "=\"x"
            + Integer.toHexString(m.group(2).hashCode()) + "\"");
        java.nio.file.Files.writeString(html.resolve(page.getFileName()), hashed);
        java.nio.file.Files.copy(dir().resolve("ground-truth").resolve(id + ".json"), truth.resolve(id + ".json"));
      }
    }
    ExtractionReport report = ExtractionEvaluation.run(tmp, 0, SitePart.ALL);
    assertThat(report.pageCount()).isEqualTo(459);
    System.out.printf("hashed names: mean page F1 %.4f, recall %.4f%n", report.meanPageF1(), report.recall());
    assertThat(report.meanPageF1()).isGreaterThanOrEqualTo(0.974);
    assertThat(report.recall()).isGreaterThanOrEqualTo(0.994);
  }

  static Path dir() throws URISyntaxException {
    return Path.of(OwnPagesExtractionTest.class.getResource("ownpages/make_pages.py").toURI()).getParent();
  }
}
