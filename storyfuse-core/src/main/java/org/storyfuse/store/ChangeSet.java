package org.storyfuse.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.storyfuse.model.Article;

/**
 * Everything one pipeline batch changes, written by {@link Store#commit} in one transaction. The
 * pipeline decides; the store only writes what it is told.
 *
 * @param expectedVersion the {@link Store#version} the planner saw: if another writer committed
 *                        since, the commit is refused with {@link StoreConflictException}
 * @param now             the time recorded as the batch's, and as the touched stories' update time
 * @param newStories      stories to create (before any article is filed under them)
 * @param articles        new articles, in arrival order
 * @param removedArticles stored articles to delete (an earlier version of a file that changed);
 *                        their sources are unlinked in {@code unlinks}, and no article is left a
 *                        copy of one after {@code moves}
 * @param moves           stored articles that change story or original
 * @param removedStories  stories left without articles (merged away, or their articles replaced):
 *                        deleted with their briefs and with the aliases that still point at them
 * @param aliases         ids of removed stories and the story that absorbed them, so old links still answer
 * @param briefs          the new briefs of every story whose membership changed
 * @param links           (source, article) pairs to record; recording one that exists is no change
 * @param unlinks         (source, article) pairs to forget
 */
public record ChangeSet(long expectedVersion, Instant now, List<NewStory> newStories, List<NewArticle> articles,
    List<String> removedArticles, List<Move> moves, List<String> removedStories, List<Alias> aliases,
    List<BriefDocument> briefs, List<SourceLink> links, List<SourceLink> unlinks) {

  public ChangeSet {
    Objects.requireNonNull(now, "now");
    newStories = List.copyOf(newStories);
    articles = List.copyOf(articles);
    removedArticles = List.copyOf(removedArticles);
    moves = List.copyOf(moves);
    removedStories = List.copyOf(removedStories);
    aliases = List.copyOf(aliases);
    briefs = List.copyOf(briefs);
    links = List.copyOf(links);
    unlinks = List.copyOf(unlinks);
  }

  /** @param foundedSeq arrival sequence of the founding article */
  public record NewStory(String id, long foundedSeq) {}

  /**
   * @param contentHash  what makes two extractions the same article (with the URL)
   * @param url          the URL part of that key, '' when the article has none
   * @param analysisJson the analysis document, or null when analysis was off
   */
  public record NewArticle(long seq, Article article, String contentHash, String url, String storyId, String copyOf,
      String analysisJson) {}

  public record Move(String articleId, String storyId, String copyOf) {}

  public record Alias(String alias, String storyId) {}

  /**
   * An article was read from a source: a file (an opaque key the pipeline derives from its path),
   * {@link Store#UNSOURCED}, or {@link Store#LEGACY_SOURCE}. An article may have several (the same
   * text in two files); it stays stored while it has one.
   */
  public record SourceLink(String source, String articleId) {}

  /**
   * A brief as stored: the JSON document plus the columns the story list and search read.
   *
   * @param searchText the text full-text search should find the story by (summary, quotes)
   */
  public record BriefDocument(String storyId, String headline, int articles, int sources, String firstPublished,
      String lastPublished, String json, String searchText) {}
}
