package org.storyfuse.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and document frequencies of the stream seen so far, for inverse document frequency
 * ln((1 + N) / (1 + df)) + 1 (smoothed, as in {@link org.storyfuse.text.TfIdf}).
 *
 * <p>Why idf stays stable as the stream grows: story profiles are stored <em>without</em> idf (as
 * sums of normalised term frequencies) and idf is applied only when two profiles are compared, from
 * the counts of that moment. So no stored weight goes stale, and between N and 2N documents a
 * term's idf moves by at most ln 2 — a slow drift, not a jump. Early in a stream idf is noisy (few
 * documents); a batch avoids that by counting all its documents first ({@link
 * IncrementalStoryClusterer#observeCollection}), and a long-running stream can start from counts it
 * saved.
 */
final class TermStats {

  private final Map<String, Integer> ids = new HashMap<>();
  private int[] df = new int[1024];
  private int documents;
  // ln(1 + df) by df, grown on demand: idf becomes one subtraction instead of a log per term.
  private double[] log1p = new double[1024];
  private int log1pFilled;

  int idOf(String term) {
    Integer id = ids.get(term);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    ids.put(term, next);
    if (next == df.length) {
      df = Arrays.copyOf(df, next * 2);
    }
    return next;
  }

  /** Counts one document containing each of these distinct term ids. */
  void observe(int[] distinctIds) {
    for (int id : distinctIds) {
      df[id]++;
    }
    documents++;
  }

  /** Sets a term's document frequency as counted elsewhere ({@link CollectionCounts}). */
  void setDocumentFrequency(int id, int documentFrequency) {
    df[id] = documentFrequency;
  }

  /** Sets the number of documents as counted elsewhere ({@link CollectionCounts}). */
  void setDocuments(int count) {
    documents = count;
  }

  int documents() {
    return documents;
  }

  int vocabulary() {
    return ids.size();
  }

  /** ln(1 + N), computed once per comparison batch and passed to {@link #idf(int, double)}. */
  double logN() {
    return Math.log1p(documents);
  }

  double idf(int id, double logN) {
    return logN - log1p(df[id]) + 1.0;
  }

  private double log1p(int n) {
    if (n >= log1pFilled) {
      if (n >= log1p.length) {
        log1p = Arrays.copyOf(log1p, Math.max(n + 1, log1p.length * 2));
      }
      for (int i = log1pFilled; i <= n; i++) {
        log1p[i] = Math.log1p(i);
      }
      log1pFilled = n + 1;
    }
    return log1p[n];
  }
}
