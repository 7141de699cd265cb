package org.storyfuse.ingest.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.SourceDocument;

/** Collects what a reader emits; {@link #read} runs the real entry point on one file. */
final class CollectingSink implements DocumentSink {

  final List<SourceDocument> documents = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();

  @Override
  public void document(SourceDocument document) {
    documents.add(document);
  }

  @Override
  public void problem(IngestProblem problem) {
    problems.add(problem);
  }

  static CollectingSink read(Path file) {
    return read(file, ReadLimits.DEFAULTS);
  }

  static CollectingSink read(Path file, ReadLimits limits) {
    CollectingSink sink = new CollectingSink();
    new InputFileReader(limits).read(file, file.getFileName().toString(), sink);
    return sink;
  }

  SourceDocument only() {
    if (documents.size() != 1 || !problems.isEmpty()) {
      throw new AssertionError("expected one document and no problems, got " + documents + " / " + problems);
    }
    return documents.get(0);
  }

  String onlyProblem() {
    if (problems.size() != 1) {
      throw new AssertionError("expected one problem, got " + problems + " (documents: " + documents.size() + ")");
    }
    return problems.get(0).reason();
  }
}
