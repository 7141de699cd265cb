package org.storyfuse.analyze;

/**
 * Direct and reported quotes with their speakers ({@link QuoteExtractor}), from the {@link Doc} and
 * the entity step's mentions and roles. The same rules in every profile.
 */
final class QuoteAnnotator implements Annotator {

  @Override
  public void annotate(AnalysisContext context) {
    context.setQuotes(new QuoteExtractor(context.doc(), context.resolvedMentions(), context.rolesByKey()).extract());
  }
}
