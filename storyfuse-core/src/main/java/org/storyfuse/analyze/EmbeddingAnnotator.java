package org.storyfuse.analyze;

import org.storyfuse.embed.Embedder;
import org.storyfuse.text.Sentence;

/**
 * One sentence vector per analysed sentence, from the process's {@link Embedder}. In a chain only
 * when the {@link Analyzer} was given an embedder (the FULL profile's default).
 */
final class EmbeddingAnnotator implements Annotator {

  private final Embedder embedder;

  EmbeddingAnnotator(Embedder embedder) {
    this.embedder = java.util.Objects.requireNonNull(embedder, "embedder");
  }

  @Override
  public void annotate(AnalysisContext context) {
    context.setEmbeddings(embedder.embedAll(context.analysed().stream().map(Sentence::text).toList()));
  }
}
