package org.storyfuse.analyze;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.storyfuse.fuzz.Bounded;
import java.util.List;
import java.util.Map;
import org.storyfuse.text.Sentence;

/**
 * Fuzzes quote extraction: the quotation-mark scanner ({@link QuoteMarks}) on the paragraphs, then
 * {@link QuoteExtractor} with its speaker attribution over a document tokenised by
 * {@link FuzzTokens}. Regression inputs in {@code QuoteExtractionFuzzTestInputs/extract/}; fuzzing
 * with {@code JAZZER_FUZZ=1}. A failure here is reported, not fixed in this branch (analyze is
 * being restructured elsewhere).
 */
class QuoteExtractionFuzzTest {

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void extract(byte[] data) throws Exception {
    Bounded.run(() -> {
      String text = new String(data, UTF_8);
      QuoteMarks.find(List.of(text.split("\n", -1)));
      List<Sentence> sentences = FuzzTokens.sentences(text, 200);
      Doc doc = new Doc(sentences, FuzzTokens.tokens(sentences), List.of());
      new QuoteExtractor(doc, List.of(), Map.of()).extract();
    });
  }
}
