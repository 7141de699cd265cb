package org.storyfuse.ingest.formats;

import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.SourceDocument;

/**
 * Receives what a reader finds in one file, in file order: documents and per-record problems
 * interleaved. Called on the reading thread.
 */
public interface DocumentSink {

  void document(SourceDocument document);

  void problem(IngestProblem problem);
}
