package org.storyfuse.ingest.formats;

import java.nio.file.Path;
import org.storyfuse.ingest.SourceDocument;

/** Collects what a reader emits; {@link #read} runs the real entry point on one file. */
final class CollectingSink extends DocumentCollector {

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
