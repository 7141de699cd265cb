package org.storyfuse.pipeline;

/**
 * What a pipeline run tells its caller while it works: progress per phase, and notes about
 * single articles (an analysis cut short, a duplicate dropped). Called from worker threads.
 */
public interface PipelineListener {

  PipelineListener SILENT = new PipelineListener() {};

  /** {@code done} of {@code total} items of a phase ("Analysing", "Grouping", "Fusing", "Storing"). */
  default void progress(String phase, int done, int total) {}

  /**
   * A stage finished: its wall time and the CPU time the whole process spent meanwhile (all
   * threads), for benchmarks and --verbose output.
   */
  default void stageDone(String stage, long wallNanos, long cpuNanos) {}

  /** One line about one article, named by its origin. */
  default void note(String origin, String message) {}
}
