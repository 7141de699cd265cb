package org.storyfuse.cli;

import org.storyfuse.pipeline.IngestReport;

/** The one-line summary of a stored batch, shared by ingest and watch. */
final class BatchLine {

  /** Stories named in the line at most; a big batch says how many more. */
  private static final int MAX_NAMED_STORIES = 10;

  private BatchLine() {}

  static String of(IngestReport report, int failed) {
    StringBuilder line = new StringBuilder()
        .append(report.added()).append(" new, ")
        .append(report.duplicates()).append(" duplicate, ")
        .append(failed).append(" failed");
    if (!report.replaced().isEmpty()) {
      line.append(", ").append(report.replaced().size()).append(" replaced");
    }
    int changed = report.changedStories().size();
    if (changed > 0) {
      line.append("; ").append(changed).append(changed == 1 ? " story" : " stories").append(" updated: ");
      line.append(String.join(" ", report.changedStories().stream().limit(MAX_NAMED_STORIES).toList()));
      if (changed > MAX_NAMED_STORIES) {
        line.append(" and ").append(changed - MAX_NAMED_STORIES).append(" more");
      }
    }
    return line.toString();
  }
}
