package org.storyfuse.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
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

  /**
   * A corpus of {@code count} articles for runs at scale: the originals first, then variants of
   * them, round after round, until the count is reached. Variant {@code k} of an article keeps each
   * of its sentences with probability {@code keep} (the lead always, at least three), in order and
   * in their paragraphs, under the same title and date, from outlet {@code v<k>.<outlet>}. Two
   * variants of one article share about {@code keep²} of its sentences: too few to be syndicated
   * copies of each other, enough to be reports of the same story — so stories grow with the corpus
   * as they do when more outlets cover the same news, and every sentence is a real one.
   *
   * @param seed random seed: the same originals and seed give the same corpus
   */
  public static List<Article> variants(List<Article> originals, int count, double keep, long seed) {
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no articles to make variants of");
    }
    if (!(keep > 0 && keep < 1)) {
      throw new IllegalArgumentException("keep must be between 0 and 1, not " + keep);
    }
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<List<String>>> sentences = new ArrayList<>();
    for (Article a : originals) {
      List<List<String>> paragraphs = new ArrayList<>();
      for (String p : a.paragraphs()) {
        paragraphs.add(splitter.splitParagraph(p));
      }
      sentences.add(paragraphs);
    }
    List<Article> out = new ArrayList<>(originals.subList(0, Math.min(count, originals.size())));
    for (int k = 1; out.size() < count; k++) {
      for (int i = 0; i < originals.size() && out.size() < count; i++) {
        Article a = originals.get(i);
        // one generator per (article, round): a variant does not depend on how many came before it
        SplittableRandom random = new SplittableRandom(seed ^ (a.id().hashCode() * 0x9E3779B97F4A7C15L) ^ k);
        List<String> paragraphs = keptParagraphs(sentences.get(i), keep, random);
        String outlet = "v" + k + "." + (a.outlet() == null ? "outlet" : a.outlet());
        out.add(new Article(a.id() + "~v" + k, a.origin() + "~v" + k, a.url() == null ? null : a.url() + "#v" + k,
            outlet, a.title(), a.byline(), a.published(), a.language(), paragraphs));
      }
    }
    return out;
  }

  private static List<String> keptParagraphs(List<List<String>> paragraphs, double keep, SplittableRandom random) {
    int total = paragraphs.stream().mapToInt(List::size).sum();
    int minimum = Math.min(3, total);
    List<String> out = new ArrayList<>();
    int kept = 0;
    int seen = 0;
    for (List<String> paragraph : paragraphs) {
      StringBuilder b = new StringBuilder();
      for (String sentence : paragraph) {
        // keep the lead; keep the rest by chance, or all once too few are left to reach the minimum
        boolean take = seen == 0 || random.nextDouble() < keep || total - seen <= minimum - kept;
        seen++;
        if (take) {
          b.append(b.length() == 0 ? "" : " ").append(sentence);
          kept++;
        }
      }
      if (b.length() > 0) {
        out.add(b.toString());
      }
    }
    return out;
  }
}
