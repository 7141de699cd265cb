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

  /**
   * Something the user should know that did not stop the file from being read: bytes replaced
   * while decoding, a file skipped as not an article. Ignored unless overridden.
   */
  default void notice(IngestProblem notice) {}
}
