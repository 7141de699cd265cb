package org.storyfuse.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The persistent side of Storyfuse: articles, their analysis documents, stories, aliases and briefs.
 * It only persists: which story an article joins and what a brief says are the pipeline's
 * decisions ({@code org.storyfuse.pipeline.IncrementalPipeline}), handed over as a {@link ChangeSet}.
 *
 * <p>Contract every implementation keeps:
 * <ul>
 *   <li>{@link #commit} is one transaction: after a crash the store holds the whole batch or none of it;</li>
 *   <li>a commit planned against an older state (another writer came first) is refused whole;</li>
 *   <li>an id absorbed by a merge keeps answering: {@link #brief} and {@link #resolveStory} follow aliases;</li>
 *   <li>reads never see a half-written batch; results are in a deterministic order.</li>
 * </ul>
 * Thread-safe: the HTTP service calls it from many request threads.
 */
public interface Store extends AutoCloseable {

  /** The highest arrival sequence stored, 0 for an empty store. */
  long lastSeq();

  /** Every stored article in arrival order, one at a time (the store can be larger than a list in memory). */
  void forEachArticle(Consumer<StoredRow> each);

  /** The id of the stored article with this content hash and URL, if any. */
  Optional<String> idOfContent(String contentHash, String url);

  /** Whether some stored article has this id. */
  boolean idTaken(String articleId);

  /** The stored articles with these ids and their analysis documents, in arrival order. */
  List<StoredMember> members(Collection<String> articleIds);

  /** Writes one batch's changes in one transaction; see {@link ChangeSet}. */
  default void commit(ChangeSet changes) {
    commit(changes, CommitProgress.NONE);
  }

  /** As {@link #commit(ChangeSet)}, telling {@code progress} after each new article is written (inside the transaction). */
  void commit(ChangeSet changes, CommitProgress progress);

  /** Told as a commit writes its articles. */
  @FunctionalInterface
  interface CommitProgress {
    CommitProgress NONE = (done, total) -> {};

    void written(int done, int total);
  }

  /** Stories, most recently updated first, filtered by {@link StoryQuery}. */
  List<StorySummary> stories(StoryQuery query);

  /** The current brief of a story (following an alias left by a merge), or empty when no story has that id. */
  Optional<StoredBrief> brief(String storyId);

  /** The live story an id names: itself, or the story that absorbed it; empty when unknown. */
  Optional<String> resolveStory(String storyId);

  /** One stored article with the story it belongs to, or empty when unknown. */
  Optional<StoredArticle> article(String articleId);

  /** Full-text search over article text and briefs, best match first. */
  List<SearchHit> search(String query, int limit);

  @Override
  void close();
}
