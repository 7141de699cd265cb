package org.storyfuse.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.store.ChangeSet;
import org.storyfuse.store.Store;
import org.storyfuse.story.Level;
import org.storyfuse.story.Story;

/**
 * Rebuilds briefs off the request path: an ingest commits its articles and stories at once and
 * hands the changed story ids here; one background thread fuses them and writes the briefs
 * ({@link Store#saveBriefs}), while readers get the latest brief meanwhile. Requests coalesce: a
 * story changed ten times while it waited is fused once, from the newest grouping. Stories are
 * fused in chunks, oldest request first, in this one thread: requests keep the other cores.
 *
 * <p>A story whose members changed again while it was fused is simply fused again (its newer
 * request is pending); one whose members are gone from the store (merged away, replaced) is
 * skipped, as a newer request or the story's removal covers it. A failure is reported on one line
 * and the story keeps its previous brief; the thread goes on. {@link #close} finishes what is
 * pending first, so a clean stop loses no brief.
 */
public final class BriefRefresher implements AutoCloseable {

  /** Stories read from the store per round: one read for several, few enough that the first of them is written soon. */
  static final int CHUNK = 16;
  /**
   * A story is rebuilt again no sooner than this many times its last build took: a story that
   * grows with every post (a breaking story of a thousand articles, whose brief costs seconds of a
   * core) would otherwise keep one core busy with its brief alone, and posts and reads wait for CPU.
   * Its readers get the previous brief, marked pending, a little longer; a small story is not held.
   */
  static final int SPACING = 2;

  private final StoryPipeline pipeline;
  private final Store store;
  private final Clock clock;
  private final PipelineListener listener;
  private final LinkedHashMap<String, Grouping> pending = new LinkedHashMap<>();
  private final Set<String> building = new HashSet<>();
  /** Story → the nano time before which it is not rebuilt again ({@link #SPACING}). */
  private final Map<String, Long> notBefore = new HashMap<>();
  /** The clock of {@link #SPACING} (a test sets its own). */
  private volatile java.util.function.LongSupplier nanos = System::nanoTime;
  private final Thread worker;
  private boolean closing;
  private boolean paused;
  private long built;

  BriefRefresher(StoryPipeline pipeline, Store store, Clock clock, PipelineListener listener) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
    this.listener = listener;
    this.worker = new Thread(this::run, "storyfuse-briefs");
    this.worker.setDaemon(true);
    this.worker.start();
  }

  /** Queues the stories' briefs, to be built from {@code grouping} (or from a newer one requested later). */
  synchronized void request(Collection<String> storyIds, Grouping grouping) {
    if (closing) {
      throw new IllegalStateException("the brief refresher is closed");
    }
    for (String id : storyIds) {
      pending.remove(id); // re-queued at the back: the newest grouping, and no story starves the others
      pending.put(id, grouping);
    }
    notifyAll();
  }

  /** Whether the story's brief is queued or being built (its stored brief, if any, is older). */
  public synchronized boolean pending(String storyId) {
    return pending.containsKey(storyId) || building.contains(storyId);
  }

  /** While paused the thread takes nothing new (requests still queue and coalesce); for tests. */
  public synchronized void pause(boolean pause) {
    this.paused = pause;
    notifyAll();
  }

  /** Measures build times and spacing with this clock instead of {@link System#nanoTime} (for tests). */
  void spacingClock(java.util.function.LongSupplier clock) {
    this.nanos = clock;
  }

  /** Briefs written so far. */
  public synchronized long built() {
    return built;
  }

  /** Waits until nothing is pending or building; false when {@code timeout} passed first. */
  public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while ((!pending.isEmpty() && !paused) || !building.isEmpty()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /** Builds what is pending, then stops the thread. */
  @Override
  public void close() {
    synchronized (this) {
      closing = true;
      notifyAll();
    }
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (true) {
      Map<String, Grouping> chunk = new LinkedHashMap<>();
      synchronized (this) {
        while (true) {
          if (closing && pending.isEmpty()) {
            notifyAll();
            return; // closing, and nothing left
          }
          long wait = (pending.isEmpty() || paused) && !closing ? 0 : untilDue();
          if (wait < 0 || closing) {
            break; // something is due (or closing: build everything now)
          }
          try {
            if (wait == 0) {
              wait();
            } else {
              wait(Math.max(1, wait / 1_000_000));
            }
          } catch (InterruptedException e) {
            return;
          }
        }
        long now = nanos.getAsLong();
        Iterator<Map.Entry<String, Grouping>> it = pending.entrySet().iterator();
        while (it.hasNext() && chunk.size() < CHUNK) {
          Map.Entry<String, Grouping> e = it.next();
          if (!closing && notBefore.getOrDefault(e.getKey(), now) > now) {
            continue; // rebuilt moments ago: its turn comes (see SPACING)
          }
          chunk.put(e.getKey(), e.getValue());
          building.add(e.getKey());
          it.remove();
        }
      }
      int written = 0;
      try {
        written = build(chunk);
      } catch (RuntimeException e) {
        listener.note("briefs", "could not rebuild the briefs of " + chunk.keySet() + ": " + e.getMessage()
            + " (they keep their previous brief)");
      } finally {
        synchronized (this) {
          building.removeAll(chunk.keySet());
          built += written;
          notifyAll();
        }
      }
    }
  }

  /** Negative when a pending story may be built now; else nanos until the first may be (0: none pending). */
  private long untilDue() {
    if (pending.isEmpty()) {
      return 0;
    }
    long now = nanos.getAsLong();
    long soonest = Long.MAX_VALUE;
    for (String id : pending.keySet()) {
      long due = notBefore.getOrDefault(id, now);
      if (due <= now) {
        return -1;
      }
      soonest = Math.min(soonest, due - now);
    }
    return soonest;
  }

  private int build(Map<String, Grouping> chunk) {
    List<String> memberIds = new ArrayList<>();
    chunk.forEach((id, g) -> {
      List<String> members = g.members(Level.STORYLINE).get(id);
      if (members != null) {
        memberIds.addAll(members);
      }
    });
    Map<String, Article> articles = new HashMap<>();
    Map<String, AnalyzedArticle> analyses = new HashMap<>();
    IncrementalPipeline.readStored(store, memberIds, articles, analyses);
    List<Story> stories = new ArrayList<>();
    chunk.forEach((id, g) -> {
      List<String> members = g.members(Level.STORYLINE).get(id);
      if (members != null && members.stream().allMatch(articles::containsKey)) {
        stories.add(StoryPipeline.story(id, Level.STORYLINE, g, articles::get, analyses::get));
      }
    });
    if (stories.isEmpty()) {
      return 0;
    }
    // In this thread, one story after another: a service's requests keep the other core (a
    // parallel fusion of a large story would take both, and posts and reads would wait for it).
    List<Brief> briefs = new ArrayList<>();
    for (Story story : stories) {
      long start = nanos.getAsLong();
      briefs.add(pipeline.stages().briefs().build(story));
      long took = nanos.getAsLong() - start;
      synchronized (this) {
        long now = nanos.getAsLong();
        notBefore.values().removeIf(due -> due <= now); // past: no longer holds anything back
        notBefore.put(story.id(), now + SPACING * took);
      }
    }
    List<ChangeSet.BriefDocument> documents = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      documents.add(BriefDocuments.of(briefs.get(i), stories.get(i).size()));
    }
    return store.saveBriefs(documents, clock.instant());
  }
}
