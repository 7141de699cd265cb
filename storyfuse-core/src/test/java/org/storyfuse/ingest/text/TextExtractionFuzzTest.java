package org.storyfuse.ingest.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.storyfuse.fuzz.Bounded;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.dates.DateTextParser;

/**
 * Fuzzes plain-text extraction (reflow, line classes, header, dates, body). Regression inputs in
 * {@code TextExtractionFuzzTestInputs/extract/}; fuzzing with {@code JAZZER_FUZZ=1}.
 */
class TextExtractionFuzzTest {

  private static final TextArticleExtractor EXTRACTOR = new TextArticleExtractor(
      new DateTextParser(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC)));

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void extract(byte[] data) throws Exception {
    Bounded.run(() -> {
      Extraction x = EXTRACTOR.extract(new String(data, UTF_8));
      assertThat(x.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
    });
  }
}
