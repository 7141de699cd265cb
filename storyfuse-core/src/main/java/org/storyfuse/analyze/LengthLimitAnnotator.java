package org.storyfuse.analyze;

import java.util.List;
import org.storyfuse.text.Sentence;

/**
 * Bounds the work one article can cost: the later steps read the leading sentences within a number
 * of characters ({@link Analyzer#MAX_ANALYSED_CHARS}); the rest keep their sentences only, and the
 * notes say so. With no sentence to read, the chain ends here ("no sentences").
 */
final class LengthLimitAnnotator implements Annotator {

  private final int maxChars;

  LengthLimitAnnotator(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void annotate(AnalysisContext context) {
    List<Sentence> sentences = context.sentences();
    int n = leading(sentences, maxChars);
    if (n < sentences.size()) {
      context.note("text cut at " + maxChars + " characters: " + n + " of " + sentences.size()
          + " sentences analysed");
    }
    context.setAnalysed(sentences.subList(0, n));
    if (n == 0) {
      context.note("no sentences");
      context.finish();
    }
  }

  /** How many leading sentences fit within {@code maxChars} (each counted with its line break). */
  static int leading(List<Sentence> sentences, int maxChars) {
    int chars = 0;
    int n = 0;
    while (n < sentences.size() && chars + sentences.get(n).text().length() <= maxChars) {
      chars += sentences.get(n).text().length() + 1;
      n++;
    }
    return n;
  }
}
