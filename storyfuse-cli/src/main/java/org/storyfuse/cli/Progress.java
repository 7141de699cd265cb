package org.storyfuse.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs, shown only on an interactive terminal and only once
 * there is enough work to be worth watching; silent in pipes, CI and tests.
 */
public final class Progress implements AutoCloseable {

  /** Fewer files than this finish before a bar would be read. */
  private static final int MIN_FILES_FOR_BAR = 20;

  private final String task;
  private final boolean enabled;
  private ProgressBar bar;

  private Progress(String task, boolean enabled) {
    this.task = task;
    this.enabled = enabled;
  }

  public static Progress start(String task, boolean quiet) {
    return new Progress(task, !quiet && System.console() != null);
  }

  /** Called by ingestion as files complete. */
  public synchronized void update(long done, long total) {
    if (!enabled || total < MIN_FILES_FOR_BAR) {
      return;
    }
    if (bar == null) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).continuousUpdate().build();
    }
    bar.maxHint(total);
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
