package org.storyfuse.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.storyfuse.model.Article;

/**
 * Everything one pipeline batch changes, written by {@link Store#commit} in one transaction. The
 * pipeline decides; the store only writes what it is told.
 *
 * @param expectedLastSeq the highest arrival sequence the planner saw: if another writer stored
 *                        articles since, the commit is refused with {@link StoreConflictException}
 * @param now             the time recorded as the batch's, and as the touched stories' update time
 * @param newStories      stories to create (before any article is filed under them)
 * @param articles        new articles, in arrival order
 * @param moves           stored articles that change story or original
 * @param removedStories  stories left without articles (merged away): deleted with their briefs
 * @param aliases         ids of removed stories and the story that absorbed them, so old links still answer
 * @param briefs          the new briefs of every story whose membership changed
 */
public record ChangeSet(long expectedLastSeq, Instant now, List<NewStory> newStories, List<NewArticle> articles,
    List<Move> moves, List<String> removedStories, List<Alias> aliases, List<BriefDocument> briefs) {

  public ChangeSet {
    Objects.requireNonNull(now, "now");
    newStories = List.copyOf(newStories);
    articles = List.copyOf(articles);
    moves = List.copyOf(moves);
    removedStories = List.copyOf(removedStories);
    aliases = List.copyOf(aliases);
    briefs = List.copyOf(briefs);
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
   * A brief as stored: the JSON document plus the columns the story list and search read.
   *
   * @param searchText the text full-text search should find the story by (summary, quotes)
   */
  public record BriefDocument(String storyId, String headline, int articles, int sources, String firstPublished,
      String lastPublished, String json, String searchText) {}
}
