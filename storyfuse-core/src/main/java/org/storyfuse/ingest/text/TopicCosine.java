package org.storyfuse.ingest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.text.Terms;

/**
 * Whether two stretches of a dump are about the same thing: the cosine of their term counts
 * ({@link Terms}: no stopwords, plurals folded). A page's boxes — other stories' teasers, a site's
 * pitch, a newsletter's — share few of the article's words; its own paragraphs share many.
 */
final class TopicCosine {

  /** Below this, two stretches are about different things. */
  static final double SAME_TOPIC = 0.1;

  private TopicCosine() {}

  static Map<String, Integer> termCounts(List<Unit> units) {
    Map<String, Integer> counts = new HashMap<>();
    for (Unit u : units) {
      for (String term : Terms.of(u.text())) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    return counts;
  }

  static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      dot += (double) e.getValue() * b.getOrDefault(e.getKey(), 0);
    }
    double norms = norm(a) * norm(b);
    return norms == 0 ? 0 : dot / norms;
  }

  private static double norm(Map<String, Integer> counts) {
    double sum = 0;
    for (int c : counts.values()) {
      sum += (double) c * c;
    }
    return Math.sqrt(sum);
  }
}
