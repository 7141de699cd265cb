package org.storyfuse.store;

import java.time.Duration;

/**
 * The store stayed locked by other writers (or, for SQLite, busy) for longer than this store waits
 * ({@link Contention}): nothing was written, and the same call may simply be tried again later. The
 * HTTP service answers 503 with {@code Retry-After}; nothing is ever half written.
 */
public final class StoreBusyException extends StoreException {

  private final Duration waited;

  public StoreBusyException(String message, Duration waited, Throwable cause) {
    super(message, cause);
    this.waited = waited;
  }

  /** How long the call waited before giving up. */
  public Duration waited() {
    return waited;
  }
}
