package org.storyfuse.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * RAPID's time expressions: {@link TimeRules} over each sentence's tokens, added to the
 * {@link Doc}'s spans where SUTime's would be (RAPID's CoreNLP runs without SUTime), in token
 * order. Runs after the CoreNLP step; {@link TimeMentionAnnotator} resolves the spans.
 */
final class TimeRulesAnnotator implements Annotator {

  @Override
  public void annotate(AnalysisContext context) {
    Doc doc = context.doc();
    List<NerSpan> spans = new ArrayList<>(doc.spans());
    spans.addAll(timeSpans(doc.tokens(), context.publicationDate()));
    spans.sort(Comparator.comparingInt(NerSpan::start).thenComparingInt(NerSpan::end));
    context.setDoc(doc.withSpans(spans));
  }

  /** {@link TimeRules} over each sentence's tokens; spans in document token indexes. */
  static List<NerSpan> timeSpans(List<Tok> toks, LocalDate docDate) {
    List<NerSpan> out = new ArrayList<>();
    int from = 0;
    while (from < toks.size()) {
      int to = from + 1;
      while (to < toks.size() && toks.get(to).sentence() == toks.get(from).sentence()) {
        to++;
      }
      for (TimeRules.Found f : TimeRules.find(toks.subList(from, to), docDate)) {
        out.add(new NerSpan(from + f.start(), from + f.end(), f.type(), f.type(), f.value()));
      }
      from = to;
    }
    return out;
  }
}
