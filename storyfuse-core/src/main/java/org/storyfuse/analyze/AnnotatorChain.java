package org.storyfuse.analyze;

import java.util.List;

/**
 * The ordered {@link Annotator}s a {@link Profile} assembles ({@link Profile#chain}); runs them
 * over one article until the last or until one ends the chain. Immutable and thread-safe.
 */
final class AnnotatorChain {

  private final List<Annotator> annotators;

  AnnotatorChain(List<Annotator> annotators) {
    this.annotators = List.copyOf(annotators);
  }

  List<Annotator> annotators() {
    return annotators;
  }

  /** Runs every annotator in order on the context, stopping when one ends the chain. */
  void run(AnalysisContext context) {
    for (Annotator annotator : annotators) {
      if (context.done()) {
        return;
      }
      annotator.annotate(context);
    }
  }

  /** Reads one article: a fresh context, the chain, the result. */
  AnalyzedArticle analyze(org.storyfuse.model.Article article, Profile profile) {
    AnalysisContext context = new AnalysisContext(article, profile);
    run(context);
    return context.result();
  }

  @Override
  public String toString() {
    return annotators.stream().map(a -> a.getClass().getSimpleName()).toList().toString();
  }
}
