package org.storyfuse.eval;

import java.util.List;

/**
 * ROUGE of several summarizers on one dataset.
 *
 * @param words    the length budget every summary was cut to
 * @param clusters clusters with at least one reference summary (the ones scored)
 * @param systems  one row per summarizer, in the order they ran
 */
public record SummaryReport(int words, int clusters, List<SystemResult> systems) {

  public SummaryReport {
    systems = List.copyOf(systems);
  }

  /**
   * @param scores    mean over clusters of each cluster's mean over references
   * @param meanWords mean summary length after the cut, in words
   * @param seconds   wall time to summarize and score every cluster
   */
  public record SystemResult(String system, RougeScores scores, int clusters, double meanWords, double seconds) {}

  public SystemResult system(String name) {
    return systems.stream().filter(s -> s.system().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no system " + name));
  }
}
