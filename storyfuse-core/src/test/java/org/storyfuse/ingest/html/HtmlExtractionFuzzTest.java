package org.storyfuse.ingest.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.storyfuse.fuzz.Bounded;
import org.storyfuse.ingest.Extraction;

/**
 * Fuzzes HTML main-content and metadata extraction. Runs its regression inputs
 * ({@code HtmlExtractionFuzzTestInputs/extract/}: seed pages and every input a fuzzing run ever
 * failed on) in every test run; fuzzes new inputs with {@code JAZZER_FUZZ=1} (see .ci/run and
 * docs/TESTING.md). The extractor must not throw, must give clean paragraphs, and must finish each
 * input in bounded time (a slow input is a finding).
 */
class HtmlExtractionFuzzTest {

  private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void extract(byte[] data) throws Exception {
    Bounded.run(() -> {
      String html = new String(data, UTF_8);
      // extractOrFail: the public extract() would turn a bug into an empty result
      Extraction x = EXTRACTOR.extractOrFail(html, "https://fuzz.example/news/story");
      assertThat(x.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n"));
    });
  }
}
