package org.storyfuse.analyze;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.storyfuse.fuzz.Bounded;

/**
 * Fuzzes {@link QuantityParser} sentence by sentence. Regression inputs in
 * {@code QuantityParserFuzzTestInputs/parse/}; fuzzing with {@code JAZZER_FUZZ=1}. A failure here
 * is reported, not fixed in this branch (analyze is being restructured elsewhere); one known
 * finding is skipped (see {@link #hasNonAsciiDigit}).
 */
class QuantityParserFuzzTest {

  private static final QuantityParser PARSER = new QuantityParser();

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void parse(byte[] data) throws Exception {
    Bounded.run(() -> {
      String text = new String(data, UTF_8);
      if (hasNonAsciiDigit(text)) {
        return; // known finding, reported and left to analyze's owner: docs/TESTING.md, "Findings"
      }
      PARSER.parse(text, 0);
      for (var s : FuzzTokens.sentences(text, 50)) {
        PARSER.parse(s.text(), s.index());
      }
    });
  }

  /**
   * Digits other than 0–9 ("٣", "߈"): QuantityParser throws NumberFormatException on a number
   * written with them (docs/fuzz-findings/). Skipped until that is fixed in analyze, so fuzzing
   * keeps looking for other failures instead of finding this one again.
   */
  static boolean hasNonAsciiDigit(String text) {
    return text.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
  }
}
