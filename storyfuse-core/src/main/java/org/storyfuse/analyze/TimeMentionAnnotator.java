package org.storyfuse.analyze;

/**
 * Time mentions with the dates they name ({@link TimeExtractor}): the {@link Doc}'s time spans
 * (SUTime's, or {@link TimeRules}' in RAPID) resolved against the publication date and anchored by
 * tense. Without a publication date, relative dates stay unresolved and the notes say so.
 */
final class TimeMentionAnnotator implements Annotator {

  @Override
  public void annotate(AnalysisContext context) {
    if (context.publicationDate() == null) {
      context.note("no publication date: relative dates ('on Monday', 'last month') are left unresolved");
    }
    context.setTimes(TimeExtractor.extract(context.doc(), context.publicationDate()));
  }
}
