package org.storyfuse.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.SourceDocument;

/** A sink that keeps what a reader emits, in order. */
class DocumentCollector implements DocumentSink {

  final List<SourceDocument> documents = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();
  final List<IngestProblem> notices = new ArrayList<>();

  @Override
  public void notice(IngestProblem notice) {
    notices.add(notice);
  }

  @Override
  public void document(SourceDocument document) {
    documents.add(document);
  }

  @Override
  public void problem(IngestProblem problem) {
    problems.add(problem);
  }
}
