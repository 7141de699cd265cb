package org.storyfuse.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.ingest.IngestProblem;

/**
 * Problems with single inputs, told without flooding the terminal: the first few one per line,
 * then the rest counted by reason (a folder of 10,000 broken files gives a dozen lines, not 10,000).
 */
public final class ProblemReport {

  /** Problems named one per line before the rest are only counted. */
  static final int NAMED = 10;

  private ProblemReport() {}

  /** What reading left to say: its problems (the first few named, the rest counted) and its notes. */
  public static void print(org.storyfuse.ingest.IngestResult read, PrintStream err) {
    print(read.problems(), err);
    for (IngestProblem n : read.notices()) {
      err.println("storyfuse: note: " + n);
    }
  }

  static void print(List<IngestProblem> problems, PrintStream err) {
    for (int i = 0; i < Math.min(NAMED, problems.size()); i++) {
      err.println("storyfuse: " + problems.get(i));
    }
    if (problems.size() <= NAMED) {
      return;
    }
    Map<String, Integer> byReason = new TreeMap<>();
    for (IngestProblem p : problems.subList(NAMED, problems.size())) {
      byReason.merge(kind(p.reason()), 1, Integer::sum);
    }
    err.printf("storyfuse: %d more inputs could not be read:%n", problems.size() - NAMED);
    byReason.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .forEach(e -> err.printf("storyfuse:   %6d  %s%n", e.getValue(), e.getKey()));
  }

  /** A reason without the details that differ from file to file (numbers, quoted parts). */
  static String kind(String reason) {
    String r = reason.replaceAll("'[^']*'|\"[^\"]*\"", "…").replaceAll("\\d[\\d,.]*", "N");
    int colon = r.indexOf(": ");
    return colon > 0 && colon < 60 ? r.substring(0, colon) : (r.length() > 80 ? r.substring(0, 79) + "…" : r);
  }
}
