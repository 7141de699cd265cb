package org.storyfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime run only where a time expression can be: on a window of tokens around each time word
 * ({@link TimeWords}), not over every token of every sentence. SUTime's TokensRegex rules try every
 * pattern at every token, which made it ~80% of the FAST profile's time (docs/BENCHMARKS.md); most
 * tokens of a news article cannot start a date. An expression that reaches a window's edge may have
 * been cut, so that sentence is read again whole: against SUTime over whole sentences the windows
 * change the cost, not the result, except for expressions without any time word ({@link TimeWords}).
 * Thread-safe.
 */
final class TimeTagger {

  /** Tokens read on each side of a time word; SUTime's longest news expressions fit in this. */
  static final int WINDOW = 6;

  private final TimeExpressionExtractor sutime =
      TimeExpressionExtractorFactory.createExtractor("sutime", new Properties());

  /**
   * Time spans (tag = TIMEX3 type) of the annotated sentences, in token indexes of the whole
   * document, in text order; {@code text} is the annotated text, {@code docDate} (ISO) may be null.
   */
  List<NerSpan> tag(String text, List<CoreMap> sentences, String docDate) {
    List<NerSpan> out = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      Integer offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      if (tokens != null && !tokens.isEmpty() && offset != null) {
        tagSentence(text, tokens, offset, docDate, out);
      }
    }
    return out;
  }

  private void tagSentence(String text, List<CoreLabel> tokens, int offset, String docDate, List<NerSpan> out) {
    List<int[]> windows = windows(tokens);
    List<NerSpan> found = new ArrayList<>();
    for (int[] w : windows) {
      List<NerSpan> spans = extract(text, tokens, w[0], w[1], offset, docDate);
      for (NerSpan s : spans) {
        boolean cutLeft = s.start() - offset == w[0] && w[0] > 0;
        boolean cutRight = s.end() - offset == w[1] && w[1] < tokens.size();
        if (cutLeft || cutRight) {
          out.addAll(extract(text, tokens, 0, tokens.size(), offset, docDate));
          return;
        }
      }
      found.addAll(spans);
    }
    out.addAll(found);
  }

  /** Merged token ranges [from, to) of WINDOW tokens either side of each time word. */
  static List<int[]> windows(List<CoreLabel> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!TimeWords.isTimeWord(tokens.get(i).word())) {
        continue;
      }
      int from = Math.max(0, i - WINDOW);
      int to = Math.min(tokens.size(), i + WINDOW + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  /** SUTime over tokens [from, to) of one sentence; spans in document token indexes. */
  private List<NerSpan> extract(String text, List<CoreLabel> tokens, int from, int to, int offset, String docDate) {
    List<CoreLabel> part = tokens.subList(from, to);
    CoreMap piece = new ArrayCoreMap();
    // SUTime matches clock times and numeric dates on the text, not only on the tokens.
    piece.set(CoreAnnotations.TextAnnotation.class,
        text.substring(part.get(0).beginPosition(), part.get(part.size() - 1).endPosition()));
    piece.set(CoreAnnotations.TokensAnnotation.class, part);
    // Document token indexes, as on a whole sentence: SUTime maps its matches through them.
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, offset + from);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, offset + to);
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, part.get(part.size() - 1).endPosition());
    List<NerSpan> out = new ArrayList<>();
    List<CoreMap> found = sutime.extractTimeExpressionCoreMaps(piece, docDate);
    if (found == null) {
      return out;
    }
    for (CoreMap expression : found) {
      Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = expression.get(CoreAnnotations.TokenBeginAnnotation.class);
      Integer end = expression.get(CoreAnnotations.TokenEndAnnotation.class);
      if (timex == null || begin == null || end == null || begin < offset + from || end > offset + to
          || begin >= end) {
        continue;
      }
      out.add(new NerSpan(begin, end, timex.timexType(), timex.timexType(), timex.value()));
    }
    return out;
  }
}
