package org.storyfuse.analyze;

import org.storyfuse.text.SentenceSplitter;

/**
 * Splits the body into sentences ({@link SentenceSplitter}, whose numbering every later step and
 * the result keep, so that "article id + sentence index" cites a source). Every profile's first step.
 */
final class SentenceSplitAnnotator implements Annotator {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public void annotate(AnalysisContext context) {
    context.setSentences(splitter.split(context.article()));
  }
}
