package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A box about the writer, named so by its class, is not the article even when it is all prose. */
class WriterBoxTest {

  private static final String P1 = "The county's only swimming pool reopened on Saturday after eighteen months of"
      + " repairs to its roof, which had leaked so badly that two lanes were closed for most of last winter.";
  private static final String P2 = "Season tickets are on sale at the front desk, and the early-morning lanes for"
      + " club swimmers have been moved to start at six o'clock instead of half past six.";
  private static final String P3 = "The pool will close again for a week in August while the new filters are"
      + " tested, the council said, but no further work on the building is planned for now.";
  private static final String BIO = "Marta Okafor has covered local government and public services for the paper"
      + " since 2019. Before that she wrote about schools and sport for a weekly in the north of the county,"
      + " and she swims most mornings before work.";

  @Test
  void aWritersBoxWithoutANameLineGoes() {
    String html = "<html><body><main><article><h1>Pool reopens after roof repairs</h1>"
        + "<div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=\"the-author mb-3\"><img src=\"m.jpg\"><p>" + BIO + "</p></div>"
        + "</div></article></main></body></html>";
    List<String> paragraphs = new HtmlArticleExtractor().extract(html, null).paragraphs();
    assertThat(paragraphs).containsExactly(P1, P2, P3);
  }

  @Test
  void anArticleInsideAnAuthorNamedWrapperStays() {
    // the whole story sits in a region a theme named after the author: it holds the page's prose
    String html = "<html><body><nav><a href=/>Home</a></nav><div class=\"post-author-layout\">"
        + "<h1>Pool reopens after roof repairs</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "</div><footer><p>Contact the newsroom</p></footer></body></html>";
    List<String> paragraphs = new HtmlArticleExtractor().extract(html, null).paragraphs();
    assertThat(paragraphs).containsExactly(P1, P2, P3);
  }

  @Test
  void onlyTheWholeWordAuthorNamesTheWriter() {
    assertThat(BoilerplateHints.namesTheWriter(org.jsoup.Jsoup.parse(
        "<div class=\"BlogAuthorProfile_profile__R9hVZ\">x</div>").selectFirst("div"))).isTrue();
    assertThat(BoilerplateHints.namesTheWriter(org.jsoup.Jsoup.parse(
        "<div class=\"authority-score\">x</div>").selectFirst("div"))).isFalse();
  }
}
