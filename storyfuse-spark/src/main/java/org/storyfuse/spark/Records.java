package org.storyfuse.spark;

import java.io.Serializable;
import java.util.List;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.model.Article;

/**
 * The rows the job moves between stages. Every article is keyed by its place in the input
 * ({@link #order}): file number (files sorted by path, as {@code storyfuse brief} sorts them) in the
 * high 32 bits, record number in the file in the low ones. That is the arrival order a
 * single-machine run gives the same files, so each part is handed to the pipeline in that order
 * and its stories are named after the same founding articles.
 */
final class Records {

  private Records() {}

  static long order(int file, int record) {
    return ((long) file << 32) | (record & 0xFFFFFFFFL);
  }

  /**
   * One input file: its number in order of origin, where to read it, and how articles and errors
   * name it (a local path as the user wrote it, relative or not, as {@code storyfuse brief} names it).
   */
  record InputFile(int index, String uri, String origin) implements Serializable {}

  /** A file or record that could not be read, and why: the errors output. */
  record Problem(String path, String reason) implements Serializable {}

  /** What reading one file gives: an article (with its order) or a problem or a note. */
  record Read(long order, Article article, Problem problem, Problem note) implements Serializable {}

  /** What grouping needs of one article, computed once in an executor. */
  record Features(NearDuplicateDetector.Fingerprint fingerprint, ArticleFeatures features) implements Serializable {}

  /** An article on its way to its part: its order, the article, its features and the counts of its keys. */
  record Member(long order, Article article, Features features, KeyCounts keyCounts) implements Serializable {}

  /** An article with its analysis (the store's JSON form; null when analysis is off), on its way to its story. */
  record Analysed(Article article, String analysisJson) implements Serializable {}

  /**
   * One story as its part's grouping formed it, without the articles: its members' orders in story
   * order, what each is a copy of, and its events (for a storyline).
   */
  record StoryPlan(String storyId, boolean storyline, List<Long> orders, List<String> copyOf, List<String> eventIds,
      List<List<String>> eventMembers) implements Serializable {}

  /**
   * One story as a store keeps it (for {@link StoreLoad}): its members in story order with their
   * arrival orders, originals and analyses, and its brief's JSON (null when only grouped).
   */
  record Stored(String storyId, List<Long> orders, List<Article> articles, List<String> copyOf,
      List<String> analysisJson, String briefJson) implements Serializable {}

  /** One story's output: its brief as one JSON line, and who is in it. */
  record StoryOut(String storyId, int size, String briefJson, List<String> articleIds, List<String> origins,
      List<String> copyOf, String headline, String first, String last, int sources,
      List<Claim> claims) implements Serializable {}

  /** A claim of a brief for the claims table: a summary sentence or a corroborated claim, with its sources. */
  record Claim(String kind, String text, List<Integer> sources) implements Serializable {}
}
