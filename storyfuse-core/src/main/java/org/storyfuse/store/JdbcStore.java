package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link Store} over JDBC, the same SQL on SQLite ({@link SqliteStore}) and PostgreSQL
 * ({@link PostgresStore}); what differs is the {@link Dialect}'s. A commit runs in one transaction
 * that holds the store's write lock and first checks that nobody committed since the change set
 * was planned; reads use their own connections and see the last committed batch without waiting
 * for a writer. Every call waits out a busy store within the {@link Contention} bound.
 */
public abstract class JdbcStore implements Store {

  private final Dialect dialect;
  private final Contention contention;
  /** The write transaction this thread holds inside {@link #exclusively}, if any. */
  private final ThreadLocal<Connection> held = new ThreadLocal<>();

  JdbcStore(Dialect dialect, Contention contention) {
    this.dialect = dialect;
    this.contention = contention;
  }

  /** A new connection (or one from a pool); closed by the caller. */
  abstract Connection connect() throws SQLException;

  /** The store as messages name it: "the store news.db", "the PostgreSQL store host:5432/news". */
  public abstract String describe();

  /** How long calls wait for other writers. */
  public Contention contention() {
    return contention;
  }

  @Override
  public long version() {
    return read(ArticleRows::version);
  }

  @Override
  public long lastSeq() {
    return read(ArticleRows::lastSeq);
  }

  @Override
  public void forEachArticle(Consumer<StoredRow> each) {
    boolean[] delivered = {false};
    read(c -> {
      try {
        ArticleRows.forEach(c, dialect, row -> {
          delivered[0] = true;
          each.accept(row);
        });
      } catch (SQLException e) {
        if (delivered[0]) {
          // rows were handed over already: trying again would hand them over twice
          // (the cause is kept as suppressed, not as cause: busy checks walk causes)
          SQLException stopped = new SQLException("the read stopped part way: " + e.getMessage(), "58000");
          stopped.addSuppressed(e);
          throw stopped;
        }
        throw e;
      }
      return null;
    });
  }

  @Override
  public Optional<String> idOfContent(String contentHash, String url) {
    return read(c -> ArticleRows.idOf(c, contentHash, url));
  }

  @Override
  public boolean idTaken(String articleId) {
    return read(c -> ArticleRows.idTaken(c, articleId));
  }

  @Override
  public List<StoredMember> members(Collection<String> articleIds) {
    return read(c -> ArticleRows.members(c, dialect, articleIds));
  }

  @Override
  public Map<String, Set<String>> articlesOfSources(Collection<String> sourceKeys) {
    return read(c -> SourceRows.articlesOf(c, dialect, sourceKeys));
  }

  @Override
  public Map<String, Set<String>> sourcesOf(Collection<String> articleIds) {
    return read(c -> SourceRows.sourcesOf(c, dialect, articleIds));
  }

  @Override
  public long commit(ChangeSet changes, CommitProgress progress) {
    return inWriteTransaction(c -> write(c, changes, progress));
  }

  @Override
  public int saveBriefs(List<ChangeSet.BriefDocument> briefs, java.time.Instant now) {
    return briefs.isEmpty() ? 0 : inWriteTransaction(c -> writeBriefs(c, briefs, now));
  }

  /**
   * Runs {@code work} in a write transaction: inside {@link #exclusively} on the connection that
   * holds the lock (the caller commits), else on a new connection, waited for and retried while
   * other writers hold the store (the {@link Contention} bound), committed or rolled back.
   */
  private <T> T inWriteTransaction(SqlWork<T> work) {
    Connection mine = held.get();
    try {
      if (mine != null) {
        return work.apply(mine); // inside exclusively(): the lock is ours, the caller commits
      }
      return contention.retry(describe(), dialect::isBusy, () -> {
        try (Connection c = connect()) {
          dialect.beginWrite(c);
          try {
            T result = work.apply(c);
            dialect.commitWrite(c);
            return result;
          } catch (SQLException | RuntimeException e) {
            dialect.rollbackWrite(c);
            throw e;
          }
        }
      });
    } catch (SQLException e) {
      throw new StoreException("cannot write to " + describe() + ": " + oneLine(e), e);
    }
  }

  private static int writeBriefs(Connection c, List<ChangeSet.BriefDocument> briefs, java.time.Instant now)
      throws SQLException {
    int written = 0;
    for (ChangeSet.BriefDocument b : briefs) {
      if (StoryRows.exists(c, b.storyId())) {
        StoryRows.saveBrief(c, b, now);
        SearchIndex.indexBrief(c, b);
        written++;
      }
    }
    return written;
  }

  @Override
  public <T> T exclusively(Supplier<T> work) {
    if (held.get() != null) {
      return work.get();
    }
    Connection c;
    try {
      c = contention.retry(describe(), dialect::isBusy, () -> {
        Connection opened = connect();
        try {
          dialect.beginWrite(opened);
          return opened;
        } catch (SQLException | RuntimeException e) {
          closeQuietly(opened);
          throw e;
        }
      });
    } catch (SQLException e) {
      throw new StoreException("cannot lock " + describe() + " for writing: " + oneLine(e), e);
    }
    held.set(c);
    boolean committed = false;
    try {
      T result = work.get();
      dialect.commitWrite(c);
      committed = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("cannot write to " + describe() + ": " + oneLine(e), e);
    } finally {
      held.remove();
      if (!committed) {
        dialect.rollbackWrite(c);
      }
      closeQuietly(c);
    }
  }

  private long write(Connection c, ChangeSet cs, CommitProgress progress) throws SQLException {
    long current = ArticleRows.version(c);
    if (current != cs.expectedVersion()) {
      throw new StoreConflictException("another writer committed meanwhile (store version " + current
          + ", planned against " + cs.expectedVersion() + ")");
    }
    long batch = newBatch(c, cs);
    for (ChangeSet.NewStory s : cs.newStories()) {
      StoryRows.dropAlias(c, s.id());
      StoryRows.create(c, s.id(), s.foundedSeq(), cs.now());
    }
    for (ChangeSet.SourceLink l : cs.unlinks()) {
      SourceRows.unlink(c, l);
    }
    for (String id : cs.removedArticles()) {
      if (SourceRows.linked(c, id)) {
        throw new StoreException("cannot remove article " + id + ": a source still holds it", null);
      }
      ArticleRows.delete(c, id);
    }
    int done = 0;
    for (ChangeSet.NewArticle a : cs.articles()) {
      ArticleRows.insert(c, batch, a, cs.now());
      SearchIndex.indexArticle(c, a.article());
      progress.written(++done, cs.articles().size());
    }
    for (ChangeSet.SourceLink l : cs.links()) {
      SourceRows.link(c, l);
    }
    for (ChangeSet.Move m : cs.moves()) {
      ArticleRows.move(c, m);
    }
    for (ChangeSet.Alias a : cs.aliases()) {
      StoryRows.alias(c, a);
    }
    for (String id : cs.removedStories()) {
      StoryRows.delete(c, id);
    }
    for (ChangeSet.BriefDocument b : cs.briefs()) {
      StoryRows.saveBrief(c, b, cs.now());
      StoryRows.touch(c, b.storyId(), cs.now());
      SearchIndex.indexBrief(c, b);
    }
    return batch;
  }

  private static long newBatch(Connection c, ChangeSet cs) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO batches (ingested_at) VALUES (?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, cs.now().toEpochMilli());
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  @Override
  public List<StorySummary> stories(StoryQuery query) {
    return read(c -> StoryRows.list(c, dialect, query.since(),
        query.text() == null ? null : SearchIndex.matchingStories(c, dialect, query.text()), query.limit()));
  }

  @Override
  public Optional<StoredBrief> brief(String storyId) {
    return read(c -> {
      Optional<String> live = StoryRows.resolve(c, storyId);
      return live.isEmpty() ? Optional.empty() : StoryRows.brief(c, live.get());
    });
  }

  @Override
  public Optional<StoredBrief.Stamp> briefStamp(String storyId) {
    return read(c -> {
      Optional<String> live = StoryRows.resolve(c, storyId);
      if (live.isEmpty()) {
        return Optional.empty();
      }
      return StoryRows.briefStamp(c, live.get());
    });
  }

  @Override
  public Optional<String> resolveStory(String storyId) {
    return read(c -> StoryRows.resolve(c, storyId));
  }

  /** How many times a story's brief has been built (1 when created), or empty for an unknown story. */
  public OptionalInt briefVersion(String storyId) {
    return read(c -> StoryRows.briefVersion(c, storyId));
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    return read(c -> ArticleRows.find(c, articleId));
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    return read(c -> SearchIndex.search(c, dialect, query, limit));
  }

  /** Work on a connection, reading or writing. */
  interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
  }

  <T> T read(SqlWork<T> read) {
    try {
      return contention.retry(describe(), dialect::isBusy, () -> {
        try (Connection c = connect()) {
          return read.apply(c);
        }
      });
    } catch (SQLException e) {
      throw new StoreException("cannot read " + describe() + ": " + oneLine(e), e);
    }
  }

  Dialect dialect() {
    return dialect;
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a broken connection: nothing left to release
    }
  }

  /** The innermost cause's message on one line. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.strip().replaceAll("\\s+", " ");
  }
}
