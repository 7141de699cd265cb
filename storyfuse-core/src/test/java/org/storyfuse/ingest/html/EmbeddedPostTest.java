package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Posts embedded from other sites are the embed script's fallback text, not the article's. */
class EmbeddedPostTest {

  private static final String P1 = "The town council voted on Tuesday to close the old ferry landing for repairs,"
      + " after divers found that two of the timber piles had rotted through below the waterline.";
  private static final String P2 = "Residents who cross to the island each morning will use a temporary pontoon"
      + " beside the harbour office until the work is finished, which the council expects by late spring.";
  private static final String QUOTE = "We have patched this landing every winter for a decade, and this time the"
      + " engineers told us plainly that patching would not be safe any more, the harbour master said.";
  private static final String P3 = "The repairs will cost about four hundred thousand euros, most of it paid from"
      + " the regional fund for coastal transport that was set up after the storms of two years ago.";

  private static String page() {
    return "<html><body><header><a href=/>Harbour News</a></header><main><article>"
        + "<h1>Ferry landing to close for repairs</h1><p>" + P1 + "</p>"
        + "<blockquote class=\"instagram-media\" data-instgrm-captioned><div><a href=\"https://example.org/p/x\">"
        + "View this post on Instagram</a><p>A post shared by Island Ferries (@islandferries)</p></div></blockquote>"
        + "<p>" + P2 + "</p>"
        + "<blockquote class=\"wp-block-quote\"><p>" + QUOTE + "</p></blockquote>"
        + "<blockquote class=\"twitter-tweet\"><p lang=\"en\">Landing closed from Monday, pontoon open at the"
        + " harbour office, timetable unchanged</p>— Harbour Office (@harbouroffice) <a href=\"https://example.org/s/1\">"
        + "March 3, 2026</a></blockquote>"
        + "<p>" + P3 + "</p>"
        + "<blockquote class=\"wp-embedded-content\"><a href=\"/2025/ferry-timetable\">New winter ferry timetable"
        + " announced for the island crossing</a></blockquote>"
        + "</article></main></body></html>";
  }

  @Test
  void embeddedSocialPostsAndPostEmbedsAreLeftOut() {
    List<String> paragraphs = new HtmlArticleExtractor().extract(page(), null).paragraphs();
    String text = String.join("\n", paragraphs);
    assertThat(text).doesNotContain("View this post", "A post shared by", "pontoon open at the harbour office",
        "@harbouroffice", "New winter ferry timetable");
  }

  @Test
  void theArticlesOwnQuotationsStay() {
    List<String> paragraphs = new HtmlArticleExtractor().extract(page(), null).paragraphs();
    assertThat(paragraphs).containsSubsequence(P1, P2, QUOTE, P3);
  }

  @Test
  void onlyBlockquotesAreEmbeds() {
    assertThat(EmbeddedPost.isEmbeddedPost(org.jsoup.Jsoup.parse(
        "<div class=\"embed-responsive\">x</div>").selectFirst("div"))).isFalse();
    assertThat(EmbeddedPost.isEmbeddedPost(org.jsoup.Jsoup.parse(
        "<blockquote class=\"tiktok-embed\">x</blockquote>").selectFirst("blockquote"))).isTrue();
    assertThat(EmbeddedPost.isEmbeddedPost(org.jsoup.Jsoup.parse(
        "<blockquote>x</blockquote>").selectFirst("blockquote"))).isFalse();
  }
}
