package org.storyfuse.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The persistent side of Storyfuse: articles, their analysis documents, the sources they were read
 * from, stories, aliases and briefs. It only persists: which story an article joins, what a brief
 * says and which stored article a changed file replaces are the pipeline's decisions
 * ({@code org.storyfuse.pipeline.IncrementalPipeline}), handed over as a {@link ChangeSet}.
 *
 * <p>Contract every implementation keeps:
 * <ul>
 *   <li>{@link #commit} is one transaction: after a crash the store holds the whole batch or none of it;</li>
 *   <li>a commit planned against an older state (another writer came first) is refused whole
 *       ({@link StoreConflictException});</li>
 *   <li>a store locked by another writer is waited for, within its {@link Contention} bound, and
 *       only then refused ({@link StoreBusyException}): contention never loses or half-writes a batch;</li>
 *   <li>an id absorbed by a merge keeps answering: {@link #brief} and {@link #resolveStory} follow aliases;</li>
 *   <li>reads never see a half-written batch; results are in a deterministic order.</li>
 * </ul>
 * Thread-safe: the HTTP service calls it from many request threads.
 */
public interface Store extends AutoCloseable {

  /** The source of articles that were not read from a file (posted, or handed over by a program): never replaced. */
  String UNSOURCED = "none";

  /**
   * The source of articles stored before sources were recorded (schema version 3): their file is
   * unknown until it is read again, when that file's source takes them over.
   */
  String LEGACY_SOURCE = "legacy";

  /** The state the store is in: grows with every commit, 0 for an empty store. Plans are made against it. */
  long version();

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

  /** For each of these sources that holds stored articles: their ids. */
  Map<String, Set<String>> articlesOfSources(Collection<String> sourceKeys);

  /** For each of these stored articles: the sources it was read from ({@link #UNSOURCED} when none). */
  Map<String, Set<String>> sourcesOf(Collection<String> articleIds);

  /** Writes one batch's changes in one transaction and returns the new {@link #version}; see {@link ChangeSet}. */
  default long commit(ChangeSet changes) {
    return commit(changes, CommitProgress.NONE);
  }

  /** As {@link #commit(ChangeSet)}, telling {@code progress} after each new article is written (inside the transaction). */
  long commit(ChangeSet changes, CommitProgress progress);

  /**
   * Replaces the briefs of live stories, outside any batch: the store's {@link #version} does not
   * move, so a writer's plan stays valid (briefs built off the request path, {@code
   * BriefRefresher}). A brief whose story no longer lives (merged, removed) is dropped.
   *
   * @return the stories whose brief was written
   */
  int saveBriefs(List<ChangeSet.BriefDocument> briefs, java.time.Instant now);

  /**
   * Runs {@code work} holding the store's write lock: no other writer, in this process or another,
   * commits until it returns, so a plan made inside it and committed inside it cannot conflict.
   * A writer that lost too many optimistic attempts uses it to make progress. Waits for the lock
   * within the store's {@link Contention} bound. The default runs {@code work} as it is (a store
   * with no other writers).
   */
  default <T> T exclusively(Supplier<T> work) {
    return work.get();
  }

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

  /**
   * Which brief {@link #brief} would return — the live story and the brief's version — without
   * reading the document (this default reads it; stores override it): a reader that keeps briefs it has read asks this to know whether its copy
   * is current. Empty when {@link #brief} would be.
   */
  default Optional<StoredBrief.Stamp> briefStamp(String storyId) {
    // no build time here: the document's hash stands in for it
    return brief(storyId).map(b -> new StoredBrief.Stamp(b.storyId(), b.version(), b.json().hashCode()));
  }

  /** The live story an id names: itself, or the story that absorbed it; empty when unknown. */
  Optional<String> resolveStory(String storyId);

  /** One stored article with the story it belongs to, or empty when unknown. */
  Optional<StoredArticle> article(String articleId);

  /** Full-text search over article text and briefs, best match first. */
  List<SearchHit> search(String query, int limit);

  @Override
  void close();
}
