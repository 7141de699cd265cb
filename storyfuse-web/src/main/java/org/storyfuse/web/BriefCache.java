package org.storyfuse.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.storyfuse.store.Store;
import org.storyfuse.store.StoredBrief;

/**
 * The response bytes of recently read briefs. A large story's brief is a document of a megabyte or
 * more; reading it from the store, decoding it and encoding it again for every GET cost most of a
 * read's time. A read now asks the store only for the brief's {@linkplain Store#briefStamp stamp}
 * (its story and version, one small query) and answers from here while the version is the same;
 * every rebuild raises the version, so a cached copy is never served after its brief changed.
 * Bounded by entries and by bytes; least recently used first out. Thread-safe.
 */
final class BriefCache {

  /** A brief ready to send: the stored document and the same with {@code brief_pending} spliced in. */
  static final class Entry {
    final StoredBrief.Stamp stamp;
    final byte[] json;
    private byte[] pending; // made on first need

    Entry(StoredBrief.Stamp stamp, byte[] json) {
      this.stamp = stamp;
      this.json = json;
    }

    synchronized byte[] pending() {
      if (pending == null) {
        pending = ApiJson.markPending(new String(json, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      return pending;
    }

    long bytes() {
      return json.length * 2L; // room for the pending copy
    }
  }

  private final Store store;
  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true); // by live story id
  private long bytes;

  BriefCache(Store store, int maxEntries, long maxBytes) {
    this.store = store;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The current brief an id (or an alias of a merged story) leads to, or empty when none is stored. */
  Optional<Entry> brief(String id) {
    Optional<StoredBrief.Stamp> stamp = store.briefStamp(id);
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    synchronized (this) {
      Entry e = entries.get(stamp.get().storyId());
      if (e != null && e.stamp.equals(stamp.get())) {
        return Optional.of(e);
      }
    }
    // Read outside the lock: a slow read must not hold up readers of other stories.
    Optional<StoredBrief> stored = store.brief(id);
    if (stored.isEmpty()) {
      return Optional.empty(); // the story went between the two reads
    }
    // Kept under the stamp read first: were the brief rebuilt in between, the next read sees a newer
    // stamp and reads again; an entry never claims to be newer than its document.
    Entry fresh = new Entry(stamp.get(), stored.get().json().getBytes(StandardCharsets.UTF_8));
    put(fresh);
    return Optional.of(fresh);
  }

  private synchronized void put(Entry e) {
    Entry old = entries.get(e.stamp.storyId());
    if (old != null && old.stamp.builtAt() > e.stamp.builtAt()) {
      return; // a slower reader of an older build: keep the newer copy
    }
    if (e.bytes() > maxBytes) {
      return; // larger than the whole cache: served, not kept
    }
    if (old != null) {
      bytes -= old.bytes();
    }
    entries.put(e.stamp.storyId(), e);
    bytes += e.bytes();
    var it = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
      Map.Entry<String, Entry> eldest = it.next();
      if (eldest.getValue() == e) {
        continue;
      }
      bytes -= eldest.getValue().bytes();
      it.remove();
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
