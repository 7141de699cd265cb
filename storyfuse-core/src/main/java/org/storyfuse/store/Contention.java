package org.storyfuse.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * How a store call waits out other writers: each attempt waits up to {@link #attemptWait} inside the
 * database (SQLite's busy timeout, PostgreSQL's lock timeout), and a busy attempt is tried again
 * after a growing, jittered pause until {@link #maxWait} has passed; then the call fails with
 * {@link StoreBusyException}. Only contention is retried: any other error fails at once.
 *
 * @param maxWait     the longest a call waits for other writers in all
 * @param attemptWait the longest one attempt waits inside the database
 */
public record Contention(Duration maxWait, Duration attemptWait) {

  /** What the command line and the server use unless told otherwise. */
  public static final Contention DEFAULT = of(Duration.ofSeconds(60));

  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long MAX_PAUSE_MILLIS = 1_000;

  public Contention {
    if (maxWait.isNegative() || attemptWait.isNegative() || attemptWait.isZero()) {
      throw new IllegalArgumentException("waits must be positive: " + maxWait + ", " + attemptWait);
    }
  }

  /** Waits up to {@code maxWait} in all, at most 2 s per attempt inside the database. */
  public static Contention of(Duration maxWait) {
    Duration attempt = maxWait.compareTo(Duration.ofSeconds(2)) < 0 ? maxWait : Duration.ofSeconds(2);
    return new Contention(maxWait, attempt.isZero() ? Duration.ofMillis(1) : attempt);
  }

  /** One database call that may find the store busy. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code call}, again after a pause while {@code busy} says it failed for contention and
   * {@link #maxWait} has not passed.
   *
   * @param what the store, for the message ("the store news.db")
   */
  <T> T retry(String what, Predicate<SQLException> busy, Call<T> call) throws SQLException {
    long start = System.nanoTime();
    long deadline = start + maxWait.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (SQLException e) {
        if (!busy.test(e)) {
          throw e;
        }
        long jittered = pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
        if (System.nanoTime() + jittered * 1_000_000 > deadline) {
          Duration waited = Duration.ofNanos(System.nanoTime() - start);
          throw new StoreBusyException(what + " stayed busy (other writers hold it) for " + seconds(waited)
              + " s, after " + attempt + " attempts; nothing was written: try again", waited, e);
        }
        sleep(jittered);
        pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
      }
    }
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the store", e);
    }
  }
}
