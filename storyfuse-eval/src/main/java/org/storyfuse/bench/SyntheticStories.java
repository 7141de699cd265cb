package org.storyfuse.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.text.SentenceSplitter;

/**
 * Builds benchmark corpora by sampling and recombining the sentences of real (or sample) articles:
 * realistic sentence lengths, vocabulary and overlap between "outlets", any size, seeded so every
 * run measures the same input.
 */
public final class SyntheticStories {

  private SyntheticStories() {}

  /**
   * @param seedArticles   the articles whose sentences and titles are recombined
   * @param count          how many articles to make
   * @param sentencesEach  sentences per article (about 25 words each)
   * @param seed           random seed
   */
  public static List<Article> recombine(List<Article> seedArticles, int count, int sentencesEach, long seed) {
    if (seedArticles.isEmpty()) {
      throw new IllegalArgumentException("no articles to recombine");
    }
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> pool = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Article a : seedArticles) {
      for (String p : a.paragraphs()) {
        pool.addAll(splitter.splitParagraph(p));
      }
      if (a.title() != null) {
        titles.add(a.title());
      }
    }
    if (titles.isEmpty()) {
      titles.add("Untitled");
    }
    Random random = new Random(seed);
    LocalDate day = LocalDate.of(2026, 3, 10);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> paragraphs = new ArrayList<>();
      for (int s = 0; s < sentencesEach; s++) {
        paragraphs.add(pool.get(random.nextInt(pool.size())));
      }
      String id = String.format("syn%06d", i);
      out.add(new Article(id, id, null, "outlet" + (i % 17), titles.get(random.nextInt(titles.size())), null,
          PublicationDate.stated(day.plusDays(random.nextInt(3)), "synthetic"), "en", paragraphs));
    }
    return out;
  }
}
