package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The learned paragraph filter: the shipped weights drop a box of prose the rules keep, its file
 * reads back as written, and {@link ParagraphFilter#NONE} is the extractor without it.
 */
class ParagraphFilterTest {

  /** The first six paragraphs of the made-up report. */
  private static final List<String> ARTICLE = HarbourReport.PARAGRAPHS.subList(0, 6);

  /** A pitch for the outlet's own guide, in prose, in a box its theme calls a call-to-action banner
   * (names the rules read as furniture only when the text inside is not prose). */
  private static final String PITCH = "Planning a trip to the islands this summer? Our ferry guide lists every"
      + " crossing, the fares for cars and bikes and the best seats for the view, and our travel desk"
      + " updates it every week.";

  private static String page() {
    StringBuilder html = new StringBuilder("<html><body><main><article><h1>Harbour channel to be deepened</h1>");
    for (String p : ARTICLE) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("<div class=\"cta-banner\"><p>").append(PITCH).append("</p></div>");
    return html.append("</article></main></body></html>").toString();
  }

  @Test
  void theShippedFilterDropsAProsePitchTheRulesKeep() {
    assertThat(new HtmlArticleExtractor(ParagraphFilter.NONE).extract(page(), null).paragraphs())
        .containsAll(ARTICLE).contains(PITCH);
    assertThat(new HtmlArticleExtractor().extract(page(), null).paragraphs())
        .containsExactlyElementsOf(ARTICLE);
  }

  @Test
  void everyFeatureHasAName() {
    List<ParagraphCandidate> cs = new HtmlArticleExtractor().candidates(page(), null);
    assertThat(cs).hasSize(ARTICLE.size() + 1);
    assertThat(cs.get(0).features()).hasSize(HtmlArticleExtractor.featureNames().size());
  }

  @Test
  void aFilterFileReadsBackAsWritten() {
    int n = HtmlArticleExtractor.featureNames().size();
    double[] w = new double[n];
    w[0] = 2;
    w[HtmlArticleExtractor.featureNames().indexOf("reader_share")] = -7.5;
    ParagraphFilter logistic = ParagraphFilter.of(w, 0.3);
    ParagraphFilter trees = ParagraphFilter.ofTrees(0.5, List.<ParagraphFilter.Node[]>of(new ParagraphFilter.Node[] {
        new ParagraphFilter.Node(HtmlArticleExtractor.featureNames().indexOf("link_density"), 0.5, 1, 2, 0),
        new ParagraphFilter.Node(-1, 0, -1, -1, 1.25), new ParagraphFilter.Node(-1, 0, -1, -1, -3)}), 0.4);
    for (ParagraphCandidate c : new HtmlArticleExtractor().candidates(page(), null)) {
      for (ParagraphFilter f : List.of(logistic, trees)) {
        ParagraphFilter back = ParagraphFilter.parse(f.toTsv("a test"));
        assertThat(back.probability(c.features())).isCloseTo(f.probability(c.features()), within(1e-12));
        assertThat(back.keeps(c.features())).isEqualTo(f.keeps(c.features()));
      }
    }
  }

  @Test
  void aSplitOnAFeatureThisVersionLacksReadsItAsZero() {
    String file = "threshold\t0.5\nbase\t0\n"
        + "node\t0\tno_such_feature\t0.5\t1\t2\t0\nnode\t0\t-\t0\t-1\t-1\t4\nnode\t0\t-\t0\t-1\t-1\t-4\n"
        + "node\t1\tno_such_feature\t-0.5\t1\t2\t0\nnode\t1\t-\t0\t-1\t-1\t-1\nnode\t1\t-\t0\t-1\t-1\t1\n";
    double[] x = new double[HtmlArticleExtractor.featureNames().size()];
    x[0] = 1;
    // 0 <= 0.5: left (+4); 0 > -0.5: right (+1)
    assertThat(ParagraphFilter.parse(file).probability(x)).isCloseTo(1 / (1 + Math.exp(-5)), within(1e-12));
  }

  @Test
  void aMalformedFilterFileSaysWhichLine() {
    assertThatThrownBy(() -> ParagraphFilter.parse("# header\nthreshold\t0.5\nlink_density\tsteep\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3").hasMessageContaining("steep");
    assertThatThrownBy(() -> ParagraphFilter.parse("threshold\n")).hasMessageContaining("line 1 (threshold): too few cells");
  }

  @Test
  void theProductExtractsWithTheShippedFilter() {
    assertThat(ParagraphFilter.shipped()).isNotSameAs(ParagraphFilter.NONE);
  }

  @Test
  void aFilterDropsWhatItScoresBelowItsThreshold() {
    int n = HtmlArticleExtractor.featureNames().size();
    double[] w = new double[n];
    w[0] = 2;
    // a paragraph that addresses the reader ("you", "our") goes: a filter of one weight
    w[HtmlArticleExtractor.featureNames().indexOf("reader_share")] = -100;
    List<String> out = new HtmlArticleExtractor(ParagraphFilter.of(w, 0.5)).extract(page(), null).paragraphs();
    assertThat(out).containsExactlyElementsOf(ARTICLE);
    assertThat(ParagraphFilter.NONE.keeps(new double[n])).isTrue();
  }
}
