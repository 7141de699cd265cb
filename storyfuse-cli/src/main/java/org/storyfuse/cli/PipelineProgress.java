package org.storyfuse.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.storyfuse.pipeline.PipelineListener;

/**
 * Shows a pipeline run on stderr: one progress bar per phase (each opened when its phase starts,
 * shown only where {@link Progress} shows bars) and one line per note about an article, unless quiet.
 */
final class PipelineProgress implements PipelineListener, AutoCloseable {

  private final boolean quiet;
  private final Map<String, Progress> bars = new LinkedHashMap<>();

  PipelineProgress(boolean quiet) {
    this.quiet = quiet;
  }

  @Override
  public synchronized void progress(String phase, int done, int total) {
    bars.computeIfAbsent(phase, p -> {
      bars.values().forEach(Progress::close); // the previous phase is over
      return Progress.start(p, quiet);
    }).update(done, total);
  }

  @Override
  public void note(String origin, String message) {
    if (!quiet) {
      System.err.println("storyfuse: " + origin + ": " + message);
    }
  }

  @Override
  public synchronized void close() {
    bars.values().forEach(Progress::close);
  }
}
