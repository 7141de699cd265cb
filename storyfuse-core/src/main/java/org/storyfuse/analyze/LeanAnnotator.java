package org.storyfuse.analyze;

/** Reads the analysed sentences with {@link LeanReader} into the context's {@link Doc} (LEAN profile). */
final class LeanAnnotator implements Annotator {

  private final LeanReader reader;

  LeanAnnotator(LeanReader reader) {
    this.reader = reader;
  }

  @Override
  public void annotate(AnalysisContext context) {
    context.setDoc(reader.read(context.analysed()));
  }
}
