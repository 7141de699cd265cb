package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

  @TempDir
  Path dir;

  private static final String PAGE = "<html><head><title>Bakery wins county prize | Millbrook Times</title>"
      + "<meta property=\"article:published_time\" content=\"2024-05-02T09:00:00Z\">"
      + "<meta name=\"author\" content=\"Ines Marchetti\"></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/food\">Food</a></nav><article><h1>Bakery wins county prize</h1>"
      + "<p>The Corner Loaf bakery won the county fair's bread prize on Saturday for its rye sourdough.</p>"
      + "<p>Owner Dana Pruitt said the recipe came from her grandmother.</p></article>"
      + "<footer>Copyright 2024 Millbrook Times</footer></body></html>";

  /** The annotation of {@link #PAGE}: its body, metadata and a few snippets in and out. */
  private static final String PAGE_TRUTH = """
      {"url": "https://millbrook.example/food/bakery-prize",
       "ground_truth": {"title": "Bakery wins county prize", "author": "Ines Marchetti",
         "publish_date": "2024-05-02",
         "main_content": "The Corner Loaf bakery won the county fair's bread prize on Saturday for its rye sourdough.\\n\\nOwner Dana Pruitt said the recipe came from her grandmother.",
         "with": ["won the county fair's bread prize", "a sentence that is not there"],
         "without": ["Copyright 2024 Millbrook Times", "Food"]}}
      """;

  private void writePage(String id, String html, boolean gzip) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    if (gzip) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
        out.write(html.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(dir.resolve("html/" + id + ".html"), html);
    }
  }

  private void writeTruth(String id, String json) throws IOException {
    Files.createDirectories(dir.resolve("ground-truth"));
    Files.writeString(dir.resolve("ground-truth/" + id + ".json"), json);
  }

  @Test
  void scoresPagesTheBenchmarkWay() throws IOException {
    writePage("0001", PAGE, true);
    writeTruth("0001", PAGE_TRUTH);
    writePage("0002", PAGE, false);
    writeTruth("0002", """
        {"url": "https://millbrook.example/food/bakery-prize",
         "ground_truth": {"title": "Another title", "author": null, "publish_date": null,
           "main_content": "The Corner Loaf bakery won the county fair's bread prize on Saturday for its rye sourdough. Also a second paragraph that the page does not have at all, ten words.",
           "with": [], "without": []}}
        """);
    writeTruth("0003", """
        {"url": "https://millbrook.example/missing", "ground_truth": {"main_content": "x"}}
        """);

    ExtractionReport r = ExtractionEvaluation.run(dir, 0);

    assertThat(r.pageCount()).isEqualTo(2);
    assertThat(r.problems()).singleElement().asString().startsWith("0003");
    ExtractionReport.PageScore p1 = r.pages().get(0);
    assertThat(p1.precision()).isEqualTo(1.0);
    assertThat(p1.recall()).isEqualTo(1.0);
    assertThat(p1.withRate()).isEqualTo(0.5);
    assertThat(p1.withoutRate()).isEqualTo(0.0);
    assertThat(p1.titleMatch()).isTrue();
    assertThat(p1.authorMatch()).isTrue();
    assertThat(p1.dateMatch()).isTrue();
    ExtractionReport.PageScore p2 = r.pages().get(1);
    assertThat(p2.withRate()).isNaN();
    assertThat(p2.titleMatch()).isFalse();
    assertThat(p2.authorMatch()).isNull();
    assertThat(p2.dateMatch()).isNull();
    assertThat(p2.precision()).isLessThan(1.0);
    assertThat(p2.recall()).isLessThan(0.8);

    // averages over pages; F1 from the averaged precision and recall
    double p = (p1.precision() + p2.precision()) / 2;
    double rec = (p1.recall() + p2.recall()) / 2;
    assertThat(r.precision()).isCloseTo(p, within(1e-12));
    assertThat(r.recall()).isCloseTo(rec, within(1e-12));
    assertThat(r.f1()).isCloseTo(2 * p * rec / (p + rec), within(1e-12));
    assertThat(r.withRate()).isEqualTo(0.5); // only page 1 has snippets
    assertThat(r.titleRate()).isEqualTo(0.5);
    assertThat(r.authorRate()).isEqualTo(1.0);
    assertThat(r.worst(1)).singleElement().extracting(ExtractionReport.PageScore::id).isEqualTo("0002");

    String table = r.toTable();
    assertThat(table).contains("F1 (from mean P and R)", "precision (mean)", "recall (mean)",
        "with snippets found", "without snippets kept", "title exact match", "publish date same day",
        "author match", "50.0%");
    assertThat(r.worstTable(5)).contains("0002", "0001");
  }

  @Test
  void asTextScoresThePlainTextExtractorOnThePageRenderedAsADump() throws IOException {
    writePage("0001", PAGE, true);
    writeTruth("0001", PAGE_TRUTH);

    ExtractionReport r = ExtractionEvaluation.ofTextDumps().evaluate(dir, 0, SitePart.ALL);

    ExtractionReport.PageScore p = r.pages().get(0);
    // the dump has the body's words; the menu and the footer stay out
    assertThat(p.recall()).isEqualTo(1.0);
    assertThat(p.precision()).isEqualTo(1.0);
    assertThat(p.titleMatch()).isTrue();
    // a text dump has no meta tags: the date and author are the page's to state, and this one does not
    assertThat(p.dateMatch()).isFalse();
    assertThat(p.authorMatch()).isFalse();
  }

  @Test
  void limitTakesTheFirstPagesInFileOrder() throws IOException {
    for (String id : new String[] {"0003", "0001", "0002"}) {
      writePage(id, PAGE, true);
      writeTruth(id, "{\"url\": \"https://millbrook.example/" + id + "\", \"ground_truth\": {\"main_content\": \"bakery\"}}");
    }
    ExtractionReport r = ExtractionEvaluation.run(dir, 2);
    assertThat(r.pages()).extracting(ExtractionReport.PageScore::id).containsExactly("0001", "0002");
  }

  @Test
  void aDirectoryOfAnotherShapeIsRefused() {
    assertThatThrownBy(() -> ExtractionEvaluation.run(dir, 0)).isInstanceOf(IOException.class);
  }

  @Test
  void snippetsMatchAcrossCaseWhitespaceAndTypographicQuotes() {
    String text = ExtractionEvaluation.squash("The bakery’s  rye\nwon “best bread”.");
    assertThat(ExtractionEvaluation.snippetRate(text, java.util.List.of("the bakery's rye won", "\"Best bread\"",
        "not there"))).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(ExtractionEvaluation.snippetRate(text, java.util.List.of())).isNaN();
  }

  @Test
  void decompressionIsBounded() throws IOException {
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 8; i++) {
        out.write(zeros);
      }
    }
    assertThat(Files.size(bomb)).isLessThan(100_000);
    assertThatThrownBy(() -> GroundTruthPage.readBounded(bomb, 4 << 20))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than");
    assertThat(GroundTruthPage.readBounded(bomb, 16 << 20)).hasSize(8 << 20);
  }
}
