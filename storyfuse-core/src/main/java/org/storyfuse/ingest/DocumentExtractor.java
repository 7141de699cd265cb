package org.storyfuse.ingest;

import org.storyfuse.model.Article;

/** Turns one source document into an article; {@link Extractor} is the real one. */
@FunctionalInterface
public interface DocumentExtractor {

  Article extract(SourceDocument doc) throws ExtractionException;
}
