package org.storyfuse.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * How a store call waits out other writers: each attempt waits up to {@link #attemptWait} inside the
 * database (SQLite's busy timeout, PostgreSQL's lock timeout), and a busy attempt is tried again
 * after a growing, jittered pause until {@link #maxWait} has passed; then the call fails with
 * {@link StoreBusyException}, having written nothing. Only contention is retried: any other error
 * fails at once. Immutable.
 */
public final class Contention {

  /** Told each time a call found the store busy and is about to try again. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = (what, attempt, waited) -> {};

    /**
     * @param what    the store ("the store news.db")
     * @param attempt how many attempts found it busy so far
     * @param waited  how long the call has waited so far
     */
    void waiting(String what, int attempt, Duration waited);
  }

  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long MAX_PAUSE_MILLIS = 1_000;
  private static final Duration MAX_ATTEMPT_WAIT = Duration.ofSeconds(2);

  /** What a store waits unless told otherwise. */
  public static final Contention DEFAULT = of(Duration.ofSeconds(60));

  private final Duration maxWait;
  private final Duration attemptWait;
  private final Listener listener;

  private Contention(Duration maxWait, Duration attemptWait, Listener listener) {
    if (maxWait.isNegative() || attemptWait.isNegative() || attemptWait.isZero()) {
      throw new IllegalArgumentException("waits must be positive: " + maxWait + ", " + attemptWait);
    }
    this.maxWait = maxWait;
    this.attemptWait = attemptWait;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Waits up to {@code maxWait} in all, at most 2 s per attempt inside the database. */
  public static Contention of(Duration maxWait) {
    Duration attempt = maxWait.compareTo(MAX_ATTEMPT_WAIT) < 0 ? maxWait : MAX_ATTEMPT_WAIT;
    return new Contention(maxWait, attempt.isZero() ? Duration.ofMillis(1) : attempt, Listener.NONE);
  }

  /** The same, each attempt waiting at most {@code wait} inside the database. */
  public Contention withAttemptWait(Duration wait) {
    return new Contention(maxWait, wait, listener);
  }

  /** The same, telling {@code l} about every wait (e.g. to say on stderr that another writer holds the store). */
  public Contention withListener(Listener l) {
    return new Contention(maxWait, attemptWait, l);
  }

  /** The longest a call waits for other writers in all. */
  public Duration maxWait() {
    return maxWait;
  }

  /** The longest one attempt waits inside the database. */
  public Duration attemptWait() {
    return attemptWait;
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
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        if (System.nanoTime() + jittered * 1_000_000 > deadline) {
          throw new StoreBusyException(what + " stayed busy (another writer holds it) for " + seconds(waited)
              + " s, " + attempt + (attempt == 1 ? " attempt" : " attempts") + "; nothing was written: try again",
              waited, e);
        }
        listener.waiting(what, attempt, waited);
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

  @Override
  public String toString() {
    return "Contention[maxWait=" + maxWait + ", attemptWait=" + attemptWait + "]";
  }
}
