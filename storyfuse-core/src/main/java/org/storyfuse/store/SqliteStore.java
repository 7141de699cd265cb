package org.storyfuse.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The {@link Store} in one SQLite file. A commit runs in one {@code BEGIN IMMEDIATE} transaction
 * and first checks that nobody stored articles since the change set was planned; reads open their
 * own connection and, thanks to WAL, see the last committed batch without waiting for the writer.
 */
public final class SqliteStore implements Store {

  private final Database db;

  private SqliteStore(Database db) {
    this.db = db;
  }

  /** Opens (creating if needed) the store at {@code file} and migrates its schema. */
  public static SqliteStore open(Path file) {
    return new SqliteStore(Database.open(file));
  }

  @Override
  public long lastSeq() {
    return read(ArticleRows::lastSeq);
  }

  @Override
  public void forEachArticle(Consumer<StoredRow> each) {
    read(c -> {
      ArticleRows.forEach(c, each);
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
    return read(c -> ArticleRows.members(c, articleIds));
  }

  @Override
  public void commit(ChangeSet changes, CommitProgress progress) {
    try (Connection c = db.connect()) {
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
        // A copy's original may arrive later in the same batch: check references at commit.
        s.execute("PRAGMA defer_foreign_keys = ON");
      }
      try {
        write(c, changes, progress);
        try (Statement s = c.createStatement()) {
          s.execute("COMMIT");
        }
      } catch (SQLException | RuntimeException e) {
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the connection is closed next; SQLite discards the open transaction then
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write to the store " + db.file() + ": " + Database.oneLine(e), e);
    }
  }

  private static void write(Connection c, ChangeSet cs, CommitProgress progress) throws SQLException {
    long last = ArticleRows.lastSeq(c);
    if (last != cs.expectedLastSeq()) {
      throw new StoreConflictException("another writer stored articles meanwhile (last arrival " + last
          + ", planned against " + cs.expectedLastSeq() + ")");
    }
    long batch = newBatch(c, cs);
    for (ChangeSet.NewStory s : cs.newStories()) {
      StoryRows.dropAlias(c, s.id());
      StoryRows.create(c, s.id(), s.foundedSeq(), cs.now());
    }
    int done = 0;
    for (ChangeSet.NewArticle a : cs.articles()) {
      ArticleRows.insert(c, batch, a, cs.now());
      SearchIndex.indexArticle(c, a.article());
      progress.written(++done, cs.articles().size());
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
  }

  private static long newBatch(Connection c, ChangeSet cs) throws SQLException {
    try (var ps = c.prepareStatement("INSERT INTO batches (ingested_at) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
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
    return read(c -> StoryRows.list(c, query.since(),
        query.text() == null ? null : SearchIndex.matchingStories(c, query.text()), query.limit()));
  }

  @Override
  public Optional<StoredBrief> brief(String storyId) {
    return read(c -> {
      Optional<String> live = StoryRows.resolve(c, storyId);
      return live.isEmpty() ? Optional.empty() : StoryRows.brief(c, live.get());
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
    return read(c -> SearchIndex.search(c, query, limit));
  }

  /** {@code PRAGMA integrity_check} of the file: "ok" when sound. */
  public String integrityCheck() {
    try {
      return db.integrityCheck();
    } catch (SQLException e) {
      throw new StoreException("integrity check failed: " + Database.oneLine(e), e);
    }
  }

  @Override
  public void close() {
    // connections are per call; nothing stays open
  }

  private interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(Read<T> read) {
    try (Connection c = db.connect()) {
      return read.apply(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store " + db.file() + ": " + Database.oneLine(e), e);
    }
  }
}
