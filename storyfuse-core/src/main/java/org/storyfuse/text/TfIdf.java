package org.storyfuse.text;

import java.util.Arrays;
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
  /** By term id: in how many of the texts it occurs. */
  private int[] documentFrequency = new int[64];
  private int documents;

  /** Counts document frequencies over the given texts, each already turned into terms. */
  public static TfIdf fit(List<List<String>> termLists) {
    TfIdf model = new TfIdf();
    for (List<String> terms : termLists) {
      Set<Integer> seen = new HashSet<>();
      for (String t : terms) {
        seen.add(model.termIds.computeIfAbsent(t, k -> model.termIds.size()));
      }
      if (model.termIds.size() > model.documentFrequency.length) {
        model.documentFrequency = Arrays.copyOf(model.documentFrequency,
            Math.max(model.termIds.size(), 2 * model.documentFrequency.length));
      }
      for (int id : seen) {
        model.documentFrequency[id]++;
      }
      model.documents++;
    }
    return model;
  }

  public double idf(String term) {
    Integer id = termIds.get(term);
    return idf(id == null ? 0 : documentFrequency[id]);
  }

  private double idf(int documentFrequency) {
    return Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;
  }

  /** The normalised TF-IDF vector of a text's terms; terms unseen while fitting are ignored. */
  public TermVector vector(List<String> terms) {
    // the known terms' ids, sorted: each run of one id is its term frequency (arrays, not maps:
    // a story's every sentence is weighted on every brief)
    int[] ids = new int[terms.size()];
    int known = 0;
    for (String t : terms) {
      Integer id = termIds.get(t);
      if (id != null) {
        ids[known++] = id;
      }
    }
    Arrays.sort(ids, 0, known);
    int[] distinct = new int[known];
    double[] weights = new double[known];
    int size = 0;
    for (int start = 0, end; start < known; start = end) {
      end = start + 1;
      while (end < known && ids[end] == ids[start]) {
        end++;
      }
      double weight = (1 + Math.log(end - start)) * idf(documentFrequency[ids[start]]);
      if (weight > 0) {
        distinct[size] = ids[start];
        weights[size] = weight;
        size++;
      }
    }
    return TermVector.ofAscending(Arrays.copyOf(distinct, size), weights);
  }
}
