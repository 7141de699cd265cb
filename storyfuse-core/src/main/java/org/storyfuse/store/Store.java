package org.storyfuse.store;

import java.util.List;
import java.util.Optional;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;

/**
 * The persistent side of the pipeline: articles, their analyses, stories and briefs, kept so a
 * newsroom can leave Storyfuse running and add articles as they arrive.
 *
 * <p>Contract every implementation keeps:
 * <ul>
 *   <li>{@link #ingest} is one transaction: after a crash the store holds the whole batch or none of it;</li>
 *   <li>an article already stored (same content hash and URL) is a no-op, reported as a duplicate;</li>
 *   <li>only stories whose membership changed get their brief recomputed;</li>
 *   <li>reads never see a half-written batch; results are in a deterministic order.</li>
 * </ul>
 * Thread-safe: the HTTP service calls it from many request threads.
 */
public interface Store extends AutoCloseable {

  /** Stores, analyses and clusters a batch of extracted articles, then refreshes the changed stories' briefs. */
  IngestReport ingest(List<Article> batch);

  /** Stories, most recently updated first, filtered by {@link StoryQuery}. */
  List<StorySummary> stories(StoryQuery query);

  /** The current brief of a story, or empty when no story has that id. */
  Optional<Brief> brief(String storyId);

  /** One stored article with the story it belongs to, or empty when unknown. */
  Optional<StoredArticle> article(String articleId);

  /** Full-text search over article text and briefs, best match first. */
  List<SearchHit> search(String query, int limit);

  @Override
  void close();
}
