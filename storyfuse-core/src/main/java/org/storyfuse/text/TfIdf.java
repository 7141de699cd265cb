package org.storyfuse.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF weighting fitted on one collection of texts (the articles being clustered, the sentences
 * of one story). Sublinear term frequency (1 + ln tf) and smoothed idf ln((1 + N) / (1 + df)) + 1,
 * as in common IR practice, so long articles do not dominate and rare names weigh most.
 * Not thread-safe while fitting; immutable afterwards.
 */
public final class TfIdf {

  private final Map<String, Integer> termIds = new HashMap<>();
  private final Map<Integer, Integer> documentFrequency = new HashMap<>();
  private int documents;

  /** Counts document frequencies over the given texts, each already turned into terms. */
  public static TfIdf fit(List<List<String>> termLists) {
    TfIdf model = new TfIdf();
    for (List<String> terms : termLists) {
      Set<Integer> seen = new HashSet<>();
      for (String t : terms) {
        seen.add(model.termIds.computeIfAbsent(t, k -> model.termIds.size()));
      }
      for (int id : seen) {
        model.documentFrequency.merge(id, 1, Integer::sum);
      }
      model.documents++;
    }
    return model;
  }

  public double idf(String term) {
    Integer id = termIds.get(term);
    int df = id == null ? 0 : documentFrequency.getOrDefault(id, 0);
    return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
  }

  /** The normalised TF-IDF vector of a text's terms; terms unseen while fitting are ignored. */
  public TermVector vector(List<String> terms) {
    Map<Integer, Integer> tf = new HashMap<>();
    for (String t : terms) {
      Integer id = termIds.get(t);
      if (id != null) {
        tf.merge(id, 1, Integer::sum);
      }
    }
    Map<Integer, Double> weights = new HashMap<>();
    tf.forEach((id, count) -> {
      int df = documentFrequency.getOrDefault(id, 0);
      double idf = Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
      weights.put(id, (1 + Math.log(count)) * idf);
    });
    return TermVector.of(weights);
  }
}
