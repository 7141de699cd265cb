package org.storyfuse.analyze;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.storyfuse.fuzz.Bounded;

/**
 * Fuzzes {@link QuantityParser} sentence by sentence. Regression inputs in
 * {@code QuantityParserFuzzTestInputs/parse/}; fuzzing with {@code JAZZER_FUZZ=1}. A failure here
 * fails the build; the finding of non-ASCII digits ("٣ ships") is fixed and kept as a regression input.
 */
class QuantityParserFuzzTest {

  private static final QuantityParser PARSER = new QuantityParser();

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void parse(byte[] data) throws Exception {
    Bounded.run(() -> {
      String text = new String(data, UTF_8);
      PARSER.parse(text, 0);
      for (var s : FuzzTokens.sentences(text, 50)) {
        PARSER.parse(s.text(), s.index());
      }
    });
  }
}
