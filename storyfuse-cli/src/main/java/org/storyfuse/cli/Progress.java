package org.storyfuse.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs, shown only when stderr is a terminal (also when stdout
 * goes to a file) and only once there is enough work to be worth watching; silent in pipes, CI and
 * tests, and with --quiet.
 */
public final class Progress implements AutoCloseable {

  /** Fewer items than this finish before a bar would be read. */
  private static final int MIN_FILES_FOR_BAR = 20;

  private static final boolean TERMINAL = Terminal.stderrIsTerminal();

  private final String task;
  private final boolean enabled;
  private ProgressBar bar;

  private Progress(String task, boolean enabled) {
    this.task = task;
    this.enabled = enabled;
  }

  public static Progress start(String task, boolean quiet) {
    return new Progress(task, !quiet && TERMINAL);
  }

  /** Called by ingestion as files complete. */
  public synchronized void update(long done, long total) {
    if (!enabled || total < MIN_FILES_FOR_BAR) {
      return;
    }
    if (bar == null) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUnit(unit(task), 1).continuousUpdate().build();
    }
    bar.maxHint(total);
    bar.stepTo(done);
  }

  /** What a phase counts. */
  private static String unit(String task) {
    return switch (task) {
      case "Reading" -> " files";
      case "Fusing" -> " stories";
      default -> " articles";
    };
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
