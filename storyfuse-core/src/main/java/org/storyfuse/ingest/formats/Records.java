package org.storyfuse.ingest.formats;

import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.SourceDocument;

/**
 * A reader's output for one file: forwards documents and problems to the sink and enforces the
 * per-file record limit, so every reader stops at the same bound with the same message.
 */
final class Records {

  private final DocumentSink sink;
  private final String fileOrigin;
  private final int maxRecords;
  private int count;
  private boolean overflowReported;

  Records(DocumentSink sink, String fileOrigin, int maxRecords) {
    this.sink = sink;
    this.fileOrigin = fileOrigin;
    this.maxRecords = maxRecords;
  }

  /** Passes the document on; false when the record limit is reached and the reader should stop. */
  boolean add(SourceDocument document) {
    if (!admit()) {
      return false;
    }
    sink.document(document);
    return true;
  }

  /** Reports a bad record; false when the record limit is reached and the reader should stop. */
  boolean problem(String origin, String reason) {
    if (!admit()) {
      return false;
    }
    sink.problem(new IngestProblem(origin, reason));
    return true;
  }

  /** Reports a problem with the file as a whole (not counted as a record). */
  void fileProblem(String reason) {
    sink.problem(new IngestProblem(fileOrigin, reason));
  }

  /** Tells the user something about the file as a whole that did not stop it from being read. */
  void notice(String reason) {
    sink.notice(new IngestProblem(fileOrigin, reason));
  }

  /** How many records (documents and bad records) were passed on. */
  int count() {
    return count;
  }

  private boolean admit() {
    if (count < maxRecords) {
      count++;
      return true;
    }
    if (!overflowReported) {
      overflowReported = true;
      fileProblem("more than " + maxRecords + " records; the rest of the file was skipped (--max-records)");
    }
    return false;
  }
}
