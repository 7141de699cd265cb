package org.storyfuse.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input with a time bound, so that an input that makes a parser loop or crawl is a
 * finding (an {@link AssertionError} naming the bound) rather than a fuzzing run that never ends.
 * JUnit's {@code @Timeout} cannot do this: in fuzzing mode it bounds the whole run, not one input.
 * The input runs on a daemon thread; on timeout that thread is abandoned (the run is failing anyway).
 */
public final class Bounded {

  /**
   * How long a fuzzing run ({@code JAZZER_FUZZ=1}) of one target lasts: every {@code @FuzzTest}
   * names this constant. .ci/run fuzzes each target once for this long.
   */
  public static final String FUZZ_DURATION = "20s";

  /** What one input may take. Generous: the slowest seed takes well under a second. */
  public static final long SECONDS = 5;

  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "fuzz-input");
    t.setDaemon(true);
    return t;
  });

  private Bounded() {}

  /** Runs {@code body}; rethrows what it throws; fails when it takes over {@link #SECONDS}. */
  public static void run(ThrowingRunnable body) throws Exception {
    Future<?> f = WORKER.submit(() -> {
      body.run();
      return null;
    });
    try {
      f.get(SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("one input took over " + SECONDS + " s: unbounded time");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** A body that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }
}
