package org.storyfuse.pipeline;

/**
 * Regroups a store's articles in the background while an {@link IncrementalPipeline} takes posts
 * on its fast path ({@link IncrementalPipeline#regroupInBackground}). A post then costs one
 * assignment instead of a regrouping of the whole store, and the groups it leaves — which depend on
 * arrival order — are put back where a batch run over the same articles would put them once posts
 * pause for {@link #QUIET_MILLIS}, or sooner when many articles came in (at least {@link
 * #MIN_ARTICLES}, and half the store: a regrouping costs about a millisecond per stored article, so
 * this bounds its cost per posted article however large the store grows).
 *
 * <p>The whole regrouping runs on a copy of the grouper, outside the pipeline's lock, so posts go
 * on meanwhile; only taking it over (and grouping what arrived since the copy) and the commit hold
 * the lock. One thread; {@link #close} stops it without regrouping (the pipeline does that last
 * regrouping itself, holding its lock).
 */
final class Consolidator implements AutoCloseable {

  /** Posts must pause this long before the store is regrouped. */
  static final long QUIET_MILLIS = 1_000;
  /** Articles posted since the last regrouping that start one without a pause. */
  static final int MIN_ARTICLES = 1_000;

  private final IncrementalPipeline pipeline;
  private final PipelineListener listener;
  private final Thread thread;

  // guarded by this
  private boolean unsettled;
  private int articlesSince;
  private int storeSize;
  private long lastPostNanos;
  private boolean closed;

  Consolidator(IncrementalPipeline pipeline, PipelineListener listener) {
    this.pipeline = pipeline;
    this.listener = listener;
    this.thread = new Thread(this::run, "storyfuse-regroup");
    thread.setDaemon(true); // close() stops it; a JVM that exits without close loses nothing stored
    thread.start();
  }

  /** A batch was committed on the fast path: {@code settled} says whether the groups are a batch run's. */
  synchronized void ingested(int articles, int known, boolean settled) {
    lastPostNanos = System.nanoTime();
    storeSize = known;
    unsettled = !settled;
    articlesSince = settled ? 0 : articlesSince + articles;
    notifyAll();
  }

  private void run() {
    while (true) {
      synchronized (this) {
        try {
          while (!closed && !due()) {
            wait(unsettled ? Math.max(1, QUIET_MILLIS - elapsedMillis()) : 0);
          }
        } catch (InterruptedException e) {
          return;
        }
        if (closed) {
          return;
        }
        unsettled = false;
        articlesSince = 0;
      }
      try {
        StoryGrouper copy = pipeline.unsettledCopy();
        if (copy != null) {
          copy.group(); // the slow part, without the pipeline's lock
          pipeline.commitRegrouping(copy, listener);
        }
      } catch (RuntimeException e) {
        // posts go on, on the fast path; the next pause tries again
        listener.note("stories", "regrouping the store in the background failed: " + e.getMessage());
      }
    }
  }

  private boolean due() {
    return unsettled && (elapsedMillis() >= QUIET_MILLIS || articlesSince >= Math.max(MIN_ARTICLES, storeSize / 2));
  }

  private long elapsedMillis() {
    return (System.nanoTime() - lastPostNanos) / 1_000_000;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
