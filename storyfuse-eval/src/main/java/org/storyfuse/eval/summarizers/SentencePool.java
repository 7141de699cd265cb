package org.storyfuse.eval.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.model.Article;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

/**
 * The candidate sentences every baseline chooses from, so they differ only in how they rank.
 * Articles in the pipeline's order (publication date, then id); sentences of fewer than
 * {@value #MIN_WORDS} words are left out: in news those are datelines ("Saturday, January 8,
 * 2005"), captions and kickers, never summary material (MEAD drops short sentences for the same
 * reason; BriefBuilder uses the same floor).
 */
public final class SentencePool {

  public static final int MIN_WORDS = 8;

  /**
   * @param article       index of its article in pipeline order, from 0
   * @param position      its sentence index in that article, from 0 (before short ones are dropped)
   * @param articleLength how many sentences that article has
   */
  public record Candidate(int article, int position, int articleLength, String text) {}

  private SentencePool() {}

  public static List<Article> ordered(List<Article> cluster) {
    List<Article> articles = new ArrayList<>(cluster);
    articles.sort(StoryClusterer.ARTICLE_ORDER);
    return articles;
  }

  public static List<Candidate> of(List<Article> cluster, SentenceSplitter splitter) {
    List<Article> articles = ordered(cluster);
    List<Candidate> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Sentence> sentences = splitter.split(articles.get(a));
      for (Sentence s : sentences) {
        if (WordBudget.words(s.text()) >= MIN_WORDS) {
          out.add(new Candidate(a, s.index(), sentences.size(), s.text()));
        }
      }
    }
    return out;
  }
}
