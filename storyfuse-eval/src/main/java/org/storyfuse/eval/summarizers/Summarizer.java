package org.storyfuse.eval.summarizers;

import java.util.List;
import org.storyfuse.model.Article;

/** Something that summarizes one cluster of articles for a ROUGE comparison. */
public interface Summarizer {

  /** The row label in reports. */
  String name();

  /**
   * @param cluster the articles of one story, in any order (implementations order them themselves)
   * @param words   length budget in whitespace-separated words
   * @return summary sentences in reading order, at most {@code words} words in all (the last
   *         sentence may be cut, as ROUGE's {@code -l} cuts)
   */
  List<String> summarize(List<Article> cluster, int words);
}
