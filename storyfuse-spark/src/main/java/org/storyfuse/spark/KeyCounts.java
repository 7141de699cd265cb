package org.storyfuse.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.cluster.ArticleFeatures;

/**
 * One article's keys (terms and names, as {@link Counts#key}) that two or more originals of the whole
 * input hold, with their document frequencies. The job joins each article's keys with the input's
 * document-frequency table and sends the article this instead of broadcasting the table: the
 * clusterer only ever asks for the counts of the keys of the articles it is given, so the union of
 * a part's (or a pair's) key counts answers every question the whole table would, and no table the
 * size of the input's vocabulary ever sits on the driver or in every executor. Sorted parallel
 * arrays: compact in a shuffle.
 */
record KeyCounts(String[] keys, int[] documents) implements Serializable {

  static final KeyCounts NONE = new KeyCounts(new String[0], new int[0]);

  KeyCounts {
    if (keys.length != documents.length) {
      throw new IllegalArgumentException("one count per key");
    }
  }

  /** The keys a document frequency is asked for: its terms and its names. */
  static List<String> keysOf(ArticleFeatures f) {
    List<String> out = new java.util.ArrayList<>(f.terms().size() + f.entities().size());
    f.terms().keySet().forEach(t -> out.add(Counts.key(Counts.TERM, t)));
    f.entities().forEach(e -> out.add(Counts.key(Counts.ENTITY, e)));
    return out;
  }

  /** From (key, document frequency) pairs, in key order whatever order they come in. */
  static KeyCounts of(Iterable<scala.Tuple2<String, Integer>> pairs) {
    TreeMap<String, Integer> sorted = new TreeMap<>();
    pairs.forEach(p -> sorted.put(p._1(), p._2()));
    String[] keys = new String[sorted.size()];
    int[] documents = new int[sorted.size()];
    int i = 0;
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      keys[i] = e.getKey();
      documents[i++] = e.getValue();
    }
    return new KeyCounts(keys, documents);
  }

  int size() {
    return keys.length;
  }

  void putInto(Map<String, Integer> table) {
    for (int i = 0; i < keys.length; i++) {
      table.put(keys[i], documents[i]);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyCounts k && Arrays.equals(keys, k.keys) && Arrays.equals(documents, k.documents);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(documents);
  }

  @Override
  public String toString() {
    return "KeyCounts" + Arrays.toString(keys) + Arrays.toString(documents);
  }
}
