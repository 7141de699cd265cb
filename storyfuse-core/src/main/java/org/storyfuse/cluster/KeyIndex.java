package org.storyfuse.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

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

  /**
   * The groups with the most votes among {@code votes[0, count)} (one group number per posting
   * that named it), at most {@code limit}: most votes first, then the more recent group (the
   * higher number); groups {@code skip} accepts are not counted. Sorts {@code votes} in place.
   * Sorting and counting runs does what a map of counts did, without a boxed entry per group.
   */
  static int[] mostVoted(int[] votes, int count, IntPredicate skip, int limit) {
    Arrays.sort(votes, 0, count);
    long[] ranked = new long[count];
    int n = 0;
    for (int i = 0; i < count; ) {
      int group = votes[i];
      int j = i + 1;
      while (j < count && votes[j] == group) {
        j++;
      }
      if (!skip.test(group)) {
        // votes in the high half, the group number in the low: descending order is the ranking
        ranked[n++] = ((long) (j - i) << 32) | group;
      }
      i = j;
    }
    Arrays.sort(ranked, 0, n);
    int[] out = new int[Math.min(limit, n)];
    for (int k = 0; k < out.length; k++) {
      out[k] = (int) ranked[n - 1 - k];
    }
    return out;
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
