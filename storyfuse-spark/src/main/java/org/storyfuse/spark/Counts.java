package org.storyfuse.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.storyfuse.cluster.CollectionCounts;

/**
 * Document frequencies of the whole input's originals, as far as some articles need them: the union
 * of their {@link KeyCounts}. Only keys held by two documents or more are kept: a key met once has
 * document frequency 1, which is what a lookup of a missing key answers (it is only ever asked
 * about keys of the articles whose counts were joined in). Built in the task that needs it (a
 * part's grouping, a chunk of candidate pairs), never on the driver.
 */
final class Counts implements CollectionCounts, Serializable {

  static final char TERM = 't';
  static final char ENTITY = 'e';

  private final int documents;
  private final HashMap<String, Integer> shared;

  Counts(long documents, Map<String, Integer> shared) {
    if (documents > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more documents than the clusterer counts: " + documents);
    }
    this.documents = (int) documents;
    this.shared = new HashMap<>(shared);
  }

  /** The counts the given articles' keys need, out of a collection of {@code documents} originals. */
  static Counts of(long documents, Iterable<KeyCounts> articles) {
    Map<String, Integer> shared = new HashMap<>();
    articles.forEach(k -> k.putInto(shared));
    return new Counts(documents, shared);
  }

  static String key(char kind, String value) {
    return kind + value;
  }

  @Override
  public int documents() {
    return documents;
  }

  @Override
  public int termDocuments(String term) {
    return shared.getOrDefault(key(TERM, term), 1);
  }

  @Override
  public int entityDocuments(String key) {
    return shared.getOrDefault(key(ENTITY, key), 1);
  }

  int sharedKeys() {
    return shared.size();
  }
}
