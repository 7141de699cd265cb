package org.storyfuse.ingest.dates;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.storyfuse.fuzz.Bounded;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzzes publication-date parsing: a stated date ({@code parse}, as metadata and containers give
 * it) and dates found in running text ({@code findAll}, as headers and datelines give them). Found
 * dates must lie inside the text they were found in, in order. Regression inputs in
 * {@code DateParsingFuzzTestInputs/parse/}; fuzzing with {@code JAZZER_FUZZ=1}.
 */
class DateParsingFuzzTest {

  private static final DateTextParser PARSER =
      new DateTextParser(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void parse(byte[] data) throws Exception {
    Bounded.run(() -> {
      String text = new String(data, UTF_8);
      PARSER.parse(text).ifPresent(d -> assertThat(d.date()).isNotNull());
      int previousEnd = 0;
      for (DateMention m : PARSER.findAll(text)) {
        assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(m.end());
        assertThat(m.end()).isLessThanOrEqualTo(text.length());
        previousEnd = m.end();
      }
    });
  }
}
