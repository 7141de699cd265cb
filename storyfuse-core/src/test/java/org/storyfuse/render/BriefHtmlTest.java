package org.storyfuse.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BriefHtmlTest {

  private final String html = BriefHtml.write(HostileBriefs.brief(), HostileBriefs.texts());
  private final Document doc = Jsoup.parse(html);

  @Test
  void pageHasNoScriptNoEventHandlersAndNoExternalAssets() {
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
    }
    assertThat(doc.select("link[href], [src]")).isEmpty();
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
  }

  @Test
  void hostileTextIsShownAsText() {
    assertThat(doc.select("h1").text()).contains("<script>");
    assertThat(doc.select(".quote .speaker").text()).contains("<img src=x onerror=");
    assertThat(html).doesNotContain("<script>document").doesNotContain("<img src=x");
  }

  @Test
  void onlyHttpLinksBecomeLinks() {
    assertThat(doc.select("a[href^=javascript]")).isEmpty();
    assertThat(doc.select(".source a[rel~=noopener]")).singleElement()
        .satisfies(a -> assertThat(a.attr("href")).isEqualTo("https://example.org/news?id=7&ref=home"));
    // an unparsable URL with markup in it is shown as text, not linked
    assertThat(doc.select("#src-3 code").text()).contains("<script>alert(1)</script>");
  }

  @Test
  void safeHrefAcceptsOnlyAbsoluteHttpUrls() {
    assertThat(Html.safeHref("https://example.org/a")).isEqualTo("https://example.org/a");
    assertThat(Html.safeHref("HTTP://example.org")).isEqualTo("HTTP://example.org");
    assertThat(Html.safeHref("javascript:alert(1)")).isNull();
    assertThat(Html.safeHref("data:text/html,<b>")).isNull();
    assertThat(Html.safeHref("//example.org/a")).isNull();
    assertThat(Html.safeHref("/relative")).isNull();
    assertThat(Html.safeHref(null)).isNull();
  }

  @Test
  void everyCitationPointsAtAnElementOnThePage() {
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> ids.add(e.id()));
    List<String> targets = doc.select("a[href^=#]").eachAttr("href");
    assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(ids).contains(t.substring(1)));
    assertThat(doc.select(".summary a.cite").first().attr("href")).isEqualTo("#s1-0");
    assertThat(doc.getElementById("s2-1").text()).startsWith("Only one outlet says this");
  }

  @Test
  void thePageShowsEverySectionTheMarkdownShows() {
    List<String> markdownSections = BriefMarkdown.write(HostileBriefs.brief()).lines()
        .filter(l -> l.startsWith("## ")).map(l -> l.substring(3).strip()).toList();
    assertThat(markdownSections).contains("Summary", "Also corroborated", "Timeline", "Background", "Entities");
    assertThat(doc.select("h2").eachText()).containsAll(markdownSections);
  }

  @Test
  void drawsTheTimelineWithOneMarkerPerEvent() {
    assertThat(doc.select("svg.timeline-chart circle")).hasSize(3);
    assertThat(doc.select("svg.timeline-chart circle.approx")).hasSize(1);
    assertThat(doc.select(".events li")).hasSize(3);
  }

  @Test
  void marksSingleSourceSentencesAndDiscrepancies() {
    assertThat(doc.select(".summary > ol > li.single")).hasSize(1);
    assertThat(doc.select(".summary > ol > li.corroborated")).hasSize(1);
    assertThat(doc.select(".discrepancy.kind-number li")).hasSize(2);
    assertThat(doc.select(".source .inferred")).hasSize(1);
    assertThat(doc.select("#src-3 .meta a[href=#src-2]")).hasSize(1);
  }

  @Test
  void severalBriefsShareOnePageWithoutIdClashes() {
    String page = BriefHtml.write(List.of(HostileBriefs.brief(), HostileBriefs.brief()),
        List.of(HostileBriefs.texts(), HostileBriefs.texts()));
    Document two = Jsoup.parse(page);
    List<String> ids = two.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(two.select("nav.stories li")).hasSize(2);
    assertThat(two.select("#story-2 .summary a.cite").first().attr("href")).isEqualTo("#st2-s1-0");
  }

  @Test
  void reportedSpeechIsNoBlockquoteAndCarriesNoQuotationMarks() {
    assertThat(html).contains("<figure class=\"quote reported\"><p><span class=\"speaker\">Jonas Reinholt</span>"
        + " said the water had risen faster than forecast</p>");
    assertThat(html).doesNotContain("<blockquote>the water had risen").doesNotContain("“the water had risen");
    assertThat(html).contains("<figure class=\"quote direct\"><blockquote>We will not reopen ");
  }

  @Test
  void showsEverySectionTheMarkdownShows() {
    String md = BriefMarkdown.write(HostileBriefs.brief());
    for (String heading : md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList()) {
      assertThat(html).as(heading).contains("<h2>" + heading + "</h2>");
    }
    assertThat(html).contains("<h2>Also corroborated</h2><ul><li>Both say the port closed ");
  }
}
