package org.storyfuse.eval.summarizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word counting and cutting for length budgets. A word is a whitespace-separated token of the raw
 * text, as ROUGE-1.5.5's {@code -l} counts them, so every system is cut at the same place.
 */
public final class WordBudget {

  private WordBudget() {}

  public static int words(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  public static int words(List<String> sentences) {
    return sentences.stream().mapToInt(WordBudget::words).sum();
  }

  /** The first {@code budget} words, sentence breaks kept; the sentence that crosses it is cut. */
  public static List<String> truncate(List<String> sentences, int budget) {
    List<String> out = new ArrayList<>();
    int left = budget;
    for (String s : sentences) {
      if (left <= 0) {
        break;
      }
      String[] w = s.strip().split("\\s+");
      if (w.length == 1 && w[0].isEmpty()) {
        continue;
      }
      out.add(w.length <= left ? String.join(" ", w) : String.join(" ", Arrays.copyOf(w, left)));
      left -= Math.min(left, w.length);
    }
    return out;
  }
}
