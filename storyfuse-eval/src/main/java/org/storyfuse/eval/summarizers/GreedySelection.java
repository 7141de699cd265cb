package org.storyfuse.eval.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.text.TermVector;

/**
 * Takes ranked sentences until the word budget is full, skipping any too similar to one already
 * taken: without this, graph and centroid rankers fill a multi-document summary with the same
 * fact as each outlet wrote it. Kept in rank order, so the budget cuts the least important one.
 */
final class GreedySelection {

  /** TF-IDF cosine at or above which a sentence repeats one already chosen. */
  static final double REDUNDANT_COSINE = 0.5;

  private GreedySelection() {}

  /**
   * @param ranked  indexes into texts/vectors, best first
   */
  static List<String> select(List<Integer> ranked, List<String> texts, List<TermVector> vectors, int words) {
    List<Integer> chosen = new ArrayList<>();
    int total = 0;
    for (int i : ranked) {
      if (total >= words) {
        break;
      }
      boolean redundant = false;
      for (int c : chosen) {
        if (vectors.get(i).cosine(vectors.get(c)) >= REDUNDANT_COSINE) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        chosen.add(i);
        total += WordBudget.words(texts.get(i));
      }
    }
    return WordBudget.truncate(chosen.stream().map(texts::get).toList(), words);
  }
}
