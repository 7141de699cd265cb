package org.storyfuse.analyze;

/**
 * Reads the analysed sentences with CoreNLP ({@link CoreNlpReader}: tokens, POS tags, NER and, in
 * FULL and FAST, SUTime's time expressions) into the context's {@link Doc}, with the publication
 * date as SUTime's reference. The profile configures the pipeline ({@link CoreNlpReader#properties}).
 */
final class CoreNlpAnnotator implements Annotator {

  private final CoreNlpReader reader;

  CoreNlpAnnotator(CoreNlpReader reader) {
    this.reader = reader;
  }

  @Override
  public void annotate(AnalysisContext context) {
    context.setDoc(reader.read(context.analysed(), context.publicationDate()));
  }
}
