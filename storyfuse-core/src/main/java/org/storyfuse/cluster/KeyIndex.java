package org.storyfuse.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Inverted index from a key (an entity or keyword id) to the stories that recently used it. Each
 * posting list keeps only the last {@code capacity} stories, newest last: a story that has not
 * used a key for that long is reached through its other keys or the dense index, and a common key
 * ("government") cannot make candidate search linear in the number of stories. Entries of stories
 * that were merged or expired are left in place and skipped by the caller.
 */
final class KeyIndex {

  private final int capacity;
  private final Map<Integer, Ring> postings = new HashMap<>();

  KeyIndex(int capacity) {
    this.capacity = capacity;
  }

  void add(int key, int story) {
    postings.computeIfAbsent(key, k -> new Ring(capacity)).add(story);
  }

  /** Calls {@code sink} with each story posted under the key, newest first (may repeat). */
  void forEach(int key, java.util.function.IntConsumer sink) {
    Ring r = postings.get(key);
    if (r != null) {
      r.forEachNewestFirst(sink);
    }
  }

  /** A fixed-size ring of story numbers; grows up to capacity, then overwrites the oldest. */
  private static final class Ring {
    private int[] stories = new int[2];
    private int size;
    private int next;
    private final int capacity;

    Ring(int capacity) {
      this.capacity = capacity;
    }

    void add(int story) {
      if (size > 0 && stories[(next - 1 + stories.length) % stories.length] == story) {
        return; // the same story again: keep one entry
      }
      if (size == stories.length && size < capacity) {
        int[] grown = new int[Math.min(capacity, size * 2)];
        for (int i = 0; i < size; i++) {
          grown[i] = stories[(next + i) % size];
        }
        stories = grown;
        next = size;
      }
      stories[next] = story;
      next = (next + 1) % stories.length;
      size = Math.min(size + 1, stories.length);
    }

    void forEachNewestFirst(java.util.function.IntConsumer sink) {
      for (int i = 1; i <= size; i++) {
        sink.accept(stories[(next - i + stories.length) % stories.length]);
      }
    }
  }
}
