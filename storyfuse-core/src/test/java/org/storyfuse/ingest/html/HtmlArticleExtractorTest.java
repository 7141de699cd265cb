package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;

class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static String fixture(String name) throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String text(Extraction x) {
    return String.join("\n", x.paragraphs());
  }

  // --- the full page with chrome -------------------------------------------------------------

  @Test
  void harborGazetteBodyIsTheArticleInReadingOrder() throws IOException {
    Extraction x = extractor.extract(fixture("harbor-gazette.html"),
        "https://harborgazette.example/news/ferry-service-resumes?utm_source=feed");
    assertThat(x.paragraphs()).containsSubsequence(
        "Ferries between Port Alder and the outer islands ran again on Thursday morning, ending a"
            + " three-week strike that had stranded commuters and left island grocers short of fresh produce.",
        "What the deal includes",
        "Overtime will be paid after ten hours instead of twelve.",
        "\"We did not want to strand anyone, but we had no other way to be heard,\" said union steward Ana Lindqvist.",
        "The transit authority said timetables would return to normal by Saturday, and that passengers"
            + " holding monthly passes would be refunded for the days without service.");
  }

  @Test
  void navigationAndMenusAreRemoved() throws IOException {
    String body = text(extractor.extract(fixture("harbor-gazette.html"), null));
    assertThat(body).doesNotContain("Politics", "Weather and tides", "Skip to content", "Home ›");
  }

  @Test
  void relatedPostsAreRemoved() throws IOException {
    String body = text(extractor.extract(fixture("harbor-gazette.html"), null));
    assertThat(body).doesNotContain("Related", "Ferry workers walk out over pay",
        "Island grocers run short", "Most read", "Council approves new seawall budget");
  }

  @Test
  void commentSectionIsRemoved() throws IOException {
    String body = text(extractor.extract(fixture("harbor-gazette.html"), null));
    assertThat(body).doesNotContain("About time", "deserve every penny", "3 comments", "Harold P.");
  }

  @Test
  void shareBarsCookieBannerNewsletterCaptionsAdsAndFooterAreRemoved() throws IOException {
    String body = text(extractor.extract(fixture("harbor-gazette.html"), null));
    assertThat(body).doesNotContain("Share on Facebook", "1.2k shares", "We use cookies",
        "Sign up for our newsletter", "Get the morning briefing", "The morning ferry leaves Port Alder",
        "Advertisement", "All rights reserved", "Privacy policy", "Ferries\nLabor");
  }

  @Test
  void scriptStyleNoscriptAndTemplateTextNeverAppear() throws IOException {
    Extraction x = extractor.extract(fixture("harbor-gazette.html"), null);
    String all = text(x) + x.title() + x.byline() + x.outlet();
    assertThat(all).doesNotContain("MUST NOT APPEAR", "dataLayer", "content:");
  }

  @Test
  void metaTagsGiveTitleBylineDateOutletAndCanonicalUrl() throws IOException {
    Extraction x = extractor.extract(fixture("harbor-gazette.html"),
        "https://harborgazette.example/news/ferry-service-resumes?utm_source=feed");
    assertThat(x.title()).isEqualTo("Ferry service resumes after three-week strike");
    assertThat(x.byline()).isEqualTo("Marisol Okafor");
    assertThat(x.outlet()).isEqualTo("The Harbor Gazette");
    assertThat(x.url()).isEqualTo("https://harborgazette.example/news/ferry-service-resumes");
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(x.published().instant()).isNotNull();
    assertThat(x.published().inferred()).isFalse();
  }

  @Test
  void paragraphsHaveNormalisedWhitespace() throws IOException {
    for (String p : extractor.extract(fixture("harbor-gazette.html"), null).paragraphs()) {
      assertThat(p).isEqualTo(p.strip()).doesNotContain("  ", "\n", "\t", "\u00A0");
    }
  }

  // --- JSON-LD ----------------------------------------------------------------------------------

  @Test
  void jsonLdGivesHeadlineAuthorsThroughGraphReferencesDateAndPublisher() throws IOException {
    Extraction x = extractor.extract(fixture("valley-ledger-jsonld.html"),
        "https://valleyledger.example/2023/04/02/orchard-frost");
    assertThat(x.title()).isEqualTo("Orchard growers brace for late frost");
    assertThat(x.byline()).isEqualTo("Tomasz Kowalczyk, Priya Raman");
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2023, 4, 2));
    assertThat(x.outlet()).isEqualTo("Valley Ledger");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(text(x)).doesNotContain("Popular", "Bridge repairs", "Subscribe", "Log in");
  }

  @Test
  void jsonLdArticleBodyIsUsedWhenThePageRendersNoBody() {
    String html = "<html><head><title>Dam inspection finds cracks</title>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Dam inspection finds cracks\","
        + "\"articleBody\":\"" + "Inspectors found hairline cracks in the spillway of the Milford dam. ".repeat(10)
        + "\\n" + "Repairs will start in June and the reservoir will be lowered by two meters. ".repeat(6) + "\"}"
        + "</script></head><body><div id=\"app\"></div><footer><a href=\"/\">Home</a></footer></body></html>";
    Extraction x = extractor.extract(html, null);
    assertThat(x.paragraphs()).hasSize(2);
    assertThat(x.paragraphs().get(0)).startsWith("Inspectors found hairline cracks");
  }

  @Test
  void brokenOrOversizedJsonLdIsIgnored() {
    String deep = "[".repeat(100_000);
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
        + "<script type=\"application/ld+json\">" + deep + "</script>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + "x ".repeat(600_000) + "\"}</script>"
        + "<meta property=\"og:title\" content=\"Library reopens after flood repairs\"></head><body><article>"
        + "<p>The central library reopened on Monday after eight months of repairs to its flooded basement archive.</p>"
        + "</article></body></html>";
    Extraction x = extractor.extract(html, null);
    assertThat(x.title()).isEqualTo("Library reopens after flood repairs");
    assertThat(x.paragraphs()).containsExactly(
        "The central library reopened on Monday after eight months of repairs to its flooded basement archive.");
  }

  // --- dates ------------------------------------------------------------------------------------

  @Test
  void timeElementInTheArticleGivesTheDate() {
    String html = "<html><body><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav><article>"
        + "<h1>Snowfall closes mountain pass</h1><p class=\"dateline\">Posted <time datetime=\"2022-11-05T14:20:00Z\">"
        + "Saturday afternoon</time></p>"
        + "<p>The state closed the mountain pass on Saturday after more than a meter of snow fell overnight.</p>"
        + "</article></body></html>";
    Extraction x = extractor.extract(html, null);
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2022, 11, 5));
    assertThat(x.published().inferred()).isFalse();
  }

  @Test
  void revisionTimeIsOnlyAFallbackAndMarkedInferred() {
    String html = "<html><body><article><h1>Water rates to rise</h1>"
        + "<div>Updated <time datetime=\"2021-02-10\">Feb 10, 2021</time></div>"
        + "<p>Residents will pay about six percent more for water from April, the utility board decided.</p>"
        + "</article></body></html>";
    Extraction x = extractor.extract(html, null);
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2021, 2, 10));
    assertThat(x.published().inferred()).isTrue();
  }

  @Test
  void dateInTheUrlPathIsRead() {
    String html = "<html><body><article><h1>Harbor dredging begins</h1>"
        + "<p>Crews began dredging the inner harbor on Monday, a project that will take most of the summer.</p>"
        + "</article></body></html>";
    Extraction x = extractor.extract(html, "https://portnews.example/2021/07/09/harbor-dredging-begins/");
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2021, 7, 9));
    assertThat(PublishedDateFinder.fromUrl("https://x.example/news/20190312-slug").orElseThrow().date())
        .isEqualTo(LocalDate.of(2019, 3, 12));
    assertThat(PublishedDateFinder.fromUrl("https://x.example/2019/13/45/slug")).isEmpty();
    assertThat(PublishedDateFinder.fromUrl("https://x.example/2019/03/slug")).isEmpty();
  }

  @Test
  void visibleDatelineNearTheHeadlineIsRead() {
    String html = "<html><body><div class=\"wrap\"><h1>Rail line gets new timetable</h1>"
        + "<div class=\"info\">Published on March 3, 2020 · 4 min read</div>"
        + "<div class=\"text\"><p>Commuter trains on the coastal line will run every twenty minutes at rush hour"
        + " under a timetable that starts next week, the operator said.</p></div></div></body></html>";
    Extraction x = extractor.extract(html, null);
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2020, 3, 3));
  }

  // --- titles and bylines -----------------------------------------------------------------------

  @Test
  void titleTagSuffixIsStripped() {
    String html = "<html><head><title>Council passes budget after long night | The Lakeside Courier</title>"
        + "<meta property=\"og:site_name\" content=\"The Lakeside Courier\"></head><body>"
        + "<p>The council passed the budget at 2 a.m. after a nine-hour meeting that ran through dinner.</p></body></html>";
    assertThat(extractor.extract(html, null).title()).isEqualTo("Council passes budget after long night");

    String noSite = "<html><head><title>Council passes budget after long night - Courier</title></head>"
        + "<body><p>Text.</p></body></html>";
    assertThat(extractor.extract(noSite, null).title()).isEqualTo("Council passes budget after long night");
    assertThat(TitleChooser.withoutSiteName("Lakeside Courier: Council passes budget", "Lakeside Courier"))
        .contains("Council passes budget");
  }

  @Test
  void visibleHeadlineWinsOverASearchTitle() {
    String html = "<html><head><title>Budget 2024: what it means for you - Courier</title>"
        + "<meta property=\"og:title\" content=\"Budget 2024: what it means for you\"></head><body>"
        + "<h1>Council passes a leaner budget for 2024</h1>"
        + "<p>The council passed the budget at 2 a.m. after a nine-hour meeting that ran through dinner.</p></body></html>";
    assertThat(extractor.extract(html, null).title()).isEqualTo("Council passes a leaner budget for 2024");
  }

  @Test
  void bylineLeadInsAreStripped() {
    assertThat(BylineReader.clean("By Jane Doe")).isEqualTo("Jane Doe");
    assertThat(BylineReader.clean("Written by: Jane Doe | March 3, 2024")).isEqualTo("Jane Doe");
    assertThat(BylineReader.clean("Author: Jane Doe")).isEqualTo("Jane Doe");
    assertThat(BylineReader.clean("by Jane Doe and John Roe, Staff Writers")).isEqualTo("Jane Doe and John Roe, Staff Writers");
    assertThat(BylineReader.clean("View all posts by Jane Doe")).isEqualTo("Jane Doe");
    assertThat(BylineReader.clean("Jane Doe 5 min read")).isEqualTo("Jane Doe");
    assertThat(BylineReader.clean("https://example.org/staff/jane")).isNull();
    assertThat(BylineReader.clean("admin")).isNull();

    String html = "<html><body><article><h1>Clinic opens on Main Street</h1><p>By Rosa Delgado</p>"
        + "<p>A walk-in clinic opened on Main Street on Tuesday, the first in the neighborhood in a decade.</p>"
        + "</article></body></html>";
    Extraction x = extractor.extract(html, null);
    assertThat(x.byline()).isEqualTo("Rosa Delgado");
    assertThat(x.paragraphs()).containsExactly(
        "A walk-in clinic opened on Main Street on Tuesday, the first in the neighborhood in a decade.");
  }

  @Test
  void outletFallsBackToTheHostAndUrlToThePageUrl() {
    Extraction x = extractor.extract("<p>Short note about the weather and the tides this weekend.</p>",
        "https://www.islandnews.example/notes/1");
    assertThat(x.outlet()).isEqualTo("islandnews.example");
    assertThat(x.url()).isEqualTo("https://www.islandnews.example/notes/1");
  }

  // --- hostile input ----------------------------------------------------------------------------

  @Test
  void malformedHtmlStillYieldsTheText() {
    String html = "<html><head><title>Broken <b>page</title><body><div class=\"post\"><p>First paragraph"
        + " of a page whose markup was written by hand and never closed properly, as many are."
        + "<p>Second paragraph <i>with <b>misnested</i> tags</b> and a stray </div></span> closing tag, still text."
        + "<table><p>Third paragraph lost inside a table without rows, which browsers hoist out.</table>"
        + "<div <p>Fourth \u0000 paragraph after a broken tag, with a NUL character in it.</p>"
        + "<!-- unterminated comment";
    Extraction x = extractor.extract(html, null);
    assertThat(text(x)).contains("First paragraph", "Second paragraph with misnested tags",
        "Third paragraph lost inside a table");
  }

  @Test
  void emptyAndNonsensePagesGiveNoParagraphs() {
    for (String html : new String[] {null, "", "   ", "<html></html>", "<html><body></body></html>",
        "<script>var a = 'not text';</script><style>p{}</style>", "<<<>>>", "\u0000\u0001"}) {
      Extraction x = extractor.extract(html, null);
      assertThat(x.paragraphs()).as("paragraphs of %s", html).isEmpty();
    }
    assertThat(extractor.extract(null, "not a url").url()).isEqualTo("not a url");
  }

  @Test
  void fiveMegabytePageIsHandledInBoundedTime() {
    StringBuilder sb = new StringBuilder(5_300_000);
    sb.append("<html><head><title>Quarry expansion approved</title></head><body><nav><ul>");
    for (int i = 0; sb.length() < 2_000_000; i++) {
      sb.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
    }
    sb.append("</ul></nav><article><h1>Quarry expansion approved</h1>");
    for (int i = 0; i < 40; i++) {
      sb.append("<p>The planning board approved the quarry expansion after a long hearing, paragraph ")
          .append(i).append(", with conditions on truck traffic and blasting hours.</p>");
    }
    sb.append("</article><aside class=\"sidebar\">");
    while (sb.length() < 5_200_000) {
      sb.append("<div class=\"card\"><a href=\"/x\">Another story you may like</a> <span>12 comments</span></div>");
    }
    sb.append("</aside></body></html>");
    String html = sb.toString();
    Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(html, null));
    assertThat(x.paragraphs()).hasSize(40);
    assertThat(x.title()).isEqualTo("Quarry expansion approved");
  }

  @Test
  void deeplyNestedAndOversizedPagesDoNotThrow() {
    String deep = "<div>".repeat(200_000) + "<p>Deep text that sits at the bottom of two hundred thousand divs.</p>";
    Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(deep, null));
    assertThat(x).isNotNull();

    String huge = "<p>" + "word ".repeat(2_000_000) + "</p>"; // 10 MB: cut at the input cap
    Extraction y = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(huge, null));
    assertThat(y).isNotNull();
  }

  @Test
  void fragmentsWithoutHtmlOrBodyWork() {
    Extraction x = extractor.extract("<p>A feed item's body: the mayor signed the order on Friday.</p>"
        + "<p>Read more</p>", null);
    assertThat(x.paragraphs()).containsExactly("A feed item's body: the mayor signed the order on Friday.");
  }

  @Test
  void textAcrossInlineElementsIsJoinedAndBrSplitsLines() {
    Extraction x = extractor.extract("<div class=\"article-body\"><p>The <b>river</b> rose <a href=\"#\">two"
        + " meters</a> overnight, officials said on Monday morning.<br>Evacuations began at dawn in the"
        + " lowest streets of the old town.</p></div>", null);
    assertThat(x.paragraphs()).containsExactly(
        "The river rose two meters overnight, officials said on Monday morning.",
        "Evacuations began at dawn in the lowest streets of the old town.");
  }

  @Test
  void resultIsDeterministic() throws IOException {
    String html = fixture("harbor-gazette.html");
    assertThat(extractor.extract(html, null)).isEqualTo(extractor.extract(html, null));
  }

  @Test
  void listsOfHeadlinesInsideTheBodyAreDropped() {
    Extraction x = extractor.extract("<article><p>The county opened its third cooling center on Tuesday as"
        + " the heat wave entered its second week.</p><ul><li><a href=\"/a\">Heat wave: what to know</a></li>"
        + "<li><a href=\"/b\">Where to find water</a></li></ul><p>Officials urged residents to check on"
        + " elderly neighbors at least twice a day.</p></article>", null);
    assertThat(x.paragraphs()).hasSize(2);
    assertThat(List.copyOf(x.paragraphs()).toString()).doesNotContain("what to know");
  }

  @Test
  void datelinesDisclosuresAndSectionLabelsAreDropped() {
    Extraction x = extractor.extract("<div class=\"entry\"><p>We may earn a commission from links on this page.</p>"
        + "<p>15 Dec, 2025</p><p>Published on March 3, 2025 at 10:40 AM</p>"
        + "<p>The county opened its third cooling center on Tuesday as the heat wave entered its second week,"
        + " and officials said a fourth could follow if temperatures stay above forty degrees.</p>"
        + "<h3>You may also like</h3><p>Officials urged residents to check on elderly neighbors at least twice a"
        + " day, to keep curtains drawn in the afternoon, and to call the county hotline if anyone feels faint.</p>"
        + "<p>Join our newsletter for weekly updates</p></div>", null);
    assertThat(x.paragraphs()).hasSize(2);
    assertThat(x.paragraphs().get(0)).startsWith("The county opened");
    assertThat(x.paragraphs().get(1)).startsWith("Officials urged");
  }

  @Test
  void aBylinesLabelGluedToTheNameAndTheLinkPreviewsLabelledWriter() {
    String body = "<h1>Heat wave enters its second week</h1>%s<article><p>The county opened its third cooling"
        + " center on Tuesday as the heat wave entered its second week, and officials said a fourth could follow.</p>"
        + "<p>Officials urged residents to check on elderly neighbors at least twice a day and to keep curtains"
        + " drawn in the afternoon.</p></article>";
    // <span>By</span><span>Name</span>: the text runs "ByDaryl Austin", a capital right after "By"
    Extraction glued = extractor.extract(String.format(body, "<div><span>By</span><span>Daryl Austin</span></div>"), null);
    assertThat(glued.byline()).isEqualTo("Daryl Austin");
    // no byline on the page: the writer an SEO plugin labels for link previews
    Extraction labelled = extractor.extract("<html><head><meta name=\"twitter:label1\" content=\"Written by\">"
        + "<meta name=\"twitter:data1\" content=\"Chase Bernath\"></head><body>" + String.format(body, "")
        + "</body></html>", null);
    assertThat(labelled.byline()).isEqualTo("Chase Bernath");
  }
}
