package org.storyfuse.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.storyfuse.cluster.CollectionCounts;

/**
 * Document frequencies of the whole input's originals, counted by the job and broadcast to every
 * executor. Only keys held by two documents or more are kept: a key met once has document
 * frequency 1, which is what a lookup of a missing key answers (it is only ever asked about keys of
 * the collection's own documents). That drops the long tail of the vocabulary (most distinct terms
 * occur once) from the broadcast.
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
