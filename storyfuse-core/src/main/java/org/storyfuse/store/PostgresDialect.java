package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: the write lock is a transaction-scoped advisory lock (every writer of the database
 * takes the same one, so commits are serialised across processes and machines; readers never wait
 * for it), id lists are bound as a {@code text[]}, and search is PostgreSQL's own full text: a
 * generated {@code tsvector} column per table with a GIN index, the {@code simple} configuration
 * (lower-cased words, no stemming, as SQLite's FTS5 tokenizer), ranked with {@code ts_rank}.
 */
final class PostgresDialect implements Dialect {

  /** The advisory lock every Storyfuse writer of a database takes ("Storyfuse" in ASCII, cut to 63 bits). */
  static final long WRITE_LOCK = 0x53746f7279667573L;

  /**
   * SQLSTATEs that mean "busy": serialization failure, deadlock, lock not available (our lock
   * timeout), too many connections, query cancelled by a statement timeout.
   */
  private static final Set<String> BUSY_STATES = Set.of("40001", "40P01", "55P03", "53300", "57014");

  /** ts_headline options: plain text like SQLite's snippet, one fragment of about 24 words. */
  private static final String SNIPPET_OPTIONS =
      "StartSel=\"\", StopSel=\"\", MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"";

  private final Duration lockWait;

  PostgresDialect(Duration lockWait) {
    this.lockWait = lockWait;
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public void beginWrite(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      // foreign keys are DEFERRABLE INITIALLY DEFERRED in the schema: checked at commit
      s.execute("SET LOCAL lock_timeout = '" + Math.max(1, lockWait.toMillis()) + "ms'");
      s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
    } catch (SQLException e) {
      rollbackWrite(c);
      throw e;
    }
  }

  @Override
  public void commitWrite(Connection c) throws SQLException {
    c.commit();
    c.setAutoCommit(true);
  }

  @Override
  public void rollbackWrite(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is broken: the server ends the transaction (and its lock) with it
    }
  }

  @Override
  public String inList(String column) {
    return column + " = ANY(?)";
  }

  @Override
  public void bindList(PreparedStatement ps, int index, Collection<String> values) throws SQLException {
    ps.setArray(index, ps.getConnection().createArrayOf("text", values.toArray()));
  }

  @Override
  public void beginStream(Connection c) throws SQLException {
    c.setAutoCommit(false); // the driver only fetches in batches inside a transaction
  }

  @Override
  public void endStream(Connection c) throws SQLException {
    c.rollback(); // read only: nothing to keep
    c.setAutoCommit(true);
  }

  @Override
  public int streamFetchSize() {
    return 500;
  }

  @Override
  public boolean isBusy(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && BUSY_STATES.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<SearchHit> search(Connection c, List<String> words, int limit) throws SQLException {
    // rank first and cut to the limit, then build snippets for the hits kept only
    String sql = "WITH q AS (SELECT plainto_tsquery('simple', ?) AS q), hits AS ("
        + " SELECT 'ARTICLE' AS kind, t.article_id AS id, a.story_id AS story_id, a.title AS title, t.body AS body,"
        + "  ts_rank(t.document, q.q) AS rank"
        + "  FROM article_text t JOIN articles a ON a.id = t.article_id, q WHERE t.document @@ q.q"
        + " UNION ALL"
        + " SELECT 'BRIEF', b.story_id, b.story_id, b.headline, b.body, ts_rank(b.document, q.q)"
        + "  FROM brief_text b, q WHERE b.document @@ q.q"
        + " ORDER BY rank DESC, kind, id LIMIT ?)"
        + " SELECT kind, id, story_id, title, ts_headline('simple', body, (SELECT q FROM q), ?)"
        + " FROM hits ORDER BY rank DESC, kind, id";
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, String.join(" ", words));
      ps.setInt(2, limit);
      ps.setString(3, SNIPPET_OPTIONS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.add(SearchIndex.hit(rs));
        }
      }
    }
    return hits;
  }

  @Override
  public List<String> matchingStories(Connection c, List<String> words) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT a.story_id FROM article_text t JOIN articles a ON a.id = t.article_id"
            + " WHERE t.document @@ plainto_tsquery('simple', ?)"
            + " UNION SELECT story_id FROM brief_text WHERE document @@ plainto_tsquery('simple', ?)")) {
      ps.setString(1, String.join(" ", words));
      ps.setString(2, String.join(" ", words));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }
}
