package org.storyfuse.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.store.ChangeSet;
import org.storyfuse.store.Store;
import org.storyfuse.store.StoreException;

/**
 * Writes stories that were grouped and fused elsewhere — by the Spark job, over more articles than
 * one machine groups — into an empty {@link Store}, as {@code storyfuse ingest} of the same articles
 * would have left it: every article under its story with its analysis, syndicated copies marked,
 * each story's brief. The store can then be served and fed as any other ({@code serve}, {@code
 * ingest}: a later batch regroups what it holds with the single-machine pipeline, which gives the
 * same stories). Stories are committed in batches of about {@link #BATCH_ARTICLES} articles, each one
 * transaction; a failed load leaves the batches before it stored. Not thread-safe.
 */
public final class StoreLoader implements AutoCloseable {

  /** Articles per transaction: large enough to amortise a commit, small enough to bound memory. */
  static final int BATCH_ARTICLES = 1_000;

  /**
   * One story to store.
   *
   * @param founderSeq the arrival sequence of its first member
   * @param members    its articles in arrival order
   * @param brief      its brief, or null to store the story without one (a run that only grouped)
   */
  public record LoadedStory(String id, long founderSeq, List<Member> members, Brief brief) {
    public LoadedStory {
      Objects.requireNonNull(id, "id");
      members = List.copyOf(members);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("a story needs at least one article: " + id);
      }
    }
  }

  /**
   * One article of a story.
   *
   * @param seq          its arrival sequence (unique in the store; the order the input was read in)
   * @param copyOf       the id of the member it is a syndicated copy of, or null
   * @param analysisJson its analysis as the store keeps it, or null when analysis was off
   */
  public record Member(long seq, Article article, String copyOf, String analysisJson) {}

  private final Store store;
  private final Clock clock;
  private final List<LoadedStory> pending = new ArrayList<>();
  private int pendingArticles;
  private long stories;
  private long articles;

  /** @throws StoreException if the store holds articles already (a load does not merge into a store) */
  public StoreLoader(Store store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    long[] held = {0};
    store.forEachArticle(row -> held[0]++);
    if (held[0] > 0) {
      throw new StoreException("the store holds " + held[0] + " articles already: load into an empty store "
          + "(or add articles to this one with `storyfuse ingest`)", null);
    }
  }

  /** Queues a story; a batch is committed once enough articles are queued. */
  public void add(LoadedStory story) {
    pending.add(story);
    pendingArticles += story.members().size();
    if (pendingArticles >= BATCH_ARTICLES) {
      flush();
    }
  }

  /** Commits what is queued. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<ChangeSet.NewStory> newStories = new ArrayList<>();
    List<ChangeSet.NewArticle> rows = new ArrayList<>();
    List<ChangeSet.BriefDocument> briefs = new ArrayList<>();
    List<ChangeSet.SourceLink> links = new ArrayList<>();
    for (LoadedStory s : pending) {
      newStories.add(new ChangeSet.NewStory(s.id(), s.founderSeq()));
      for (Member m : s.members()) {
        ContentKey key = ContentKey.of(m.article());
        rows.add(new ChangeSet.NewArticle(m.seq(), m.article(), key.hash(), key.url(), s.id(), m.copyOf(),
            m.analysisJson()));
        // as a posted article: read from no file the store will see again
        links.add(new ChangeSet.SourceLink(Store.UNSOURCED, m.article().id()));
      }
      if (s.brief() != null) {
        briefs.add(BriefDocuments.of(s.brief(), s.members().size()));
      }
    }
    rows.sort(java.util.Comparator.comparingLong(ChangeSet.NewArticle::seq)); // arrival order, as a batch writes them
    store.commit(new ChangeSet(store.version(), clock.instant(), newStories, rows, List.of(), List.of(), List.of(),
        List.of(), briefs, links, List.of()));
    stories += pending.size();
    articles += rows.size();
    pending.clear();
    pendingArticles = 0;
  }

  /** Stories committed so far. */
  public long stories() {
    return stories;
  }

  /** Articles committed so far. */
  public long articles() {
    return articles;
  }

  /** Commits what is still queued (the store stays open: it is the caller's). */
  @Override
  public void close() {
    flush();
  }
}
