package org.storyfuse.analyze;

/**
 * One step of the analysis chain, in the spirit of Lucene's analysis chain: it reads what the steps
 * before it left in the {@link AnalysisContext} (sentences, the CoreNLP {@link Doc}, mentions) and
 * adds its own part. Each {@link Profile} assembles its ordered list ({@link Profile#chain}); an
 * {@link AnnotatorChain} runs it over one article at a time. A step may end the chain early
 * ({@link AnalysisContext#reject}, {@link AnalysisContext#finish}).
 *
 * <p>One chain serves every article of a process, on several threads at once: an annotator keeps
 * no per-article state and is thread-safe.
 */
@FunctionalInterface
interface Annotator {

  void annotate(AnalysisContext context);
}
