package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite: the write lock is {@code BEGIN IMMEDIATE} (one writer per file, readers go on beside it
 * thanks to WAL), id lists are bound as one JSON array read with {@code json_each}, and search is
 * FTS5 with BM25 ranking.
 */
final class SqliteDialect implements Dialect {

  static final SqliteDialect INSTANCE = new SqliteDialect();

  private SqliteDialect() {}

  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public void beginWrite(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
    }
    try (Statement s = c.createStatement()) {
      // A copy's original may arrive later in the same batch: check references at commit.
      s.execute("PRAGMA defer_foreign_keys = ON");
    } catch (SQLException e) {
      rollbackWrite(c);
      throw e;
    }
  }

  @Override
  public void commitWrite(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("COMMIT");
    }
  }

  @Override
  public void rollbackWrite(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction open, or the connection is gone: SQLite discards an open one when it closes
    }
  }

  @Override
  public String inList(String column) {
    return column + " IN (SELECT value FROM json_each(?))";
  }

  @Override
  public void bindList(PreparedStatement ps, int index, Collection<String> values) throws SQLException {
    ps.setString(index, ArticleCodec.write(List.copyOf(values)));
  }

  @Override
  public void beginStream(Connection c) {
    // sqlite-jdbc steps through a result set row by row already
  }

  @Override
  public void endStream(Connection c) {}

  @Override
  public int streamFetchSize() {
    return 0;
  }

  @Override
  public boolean isBusy(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLiteException s) {
        int primary = s.getResultCode().code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
          return true;
        }
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("sqlite_busy") || m.contains("database is locked") || m.contains("database table is locked")) {
        return true;
      }
    }
    return false;
  }

  /** The FTS5 expression: each word quoted, so FTS5 operators in a query are only words. */
  static String expression(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(out.isEmpty() ? "" : " ").append('"').append(w).append('"');
    }
    return out.toString();
  }

  @Override
  public List<SearchHit> search(Connection c, List<String> words, int limit) throws SQLException {
    String expr = expression(words);
    String sql = "SELECT kind, id, story_id, title, snippet FROM ("
        + " SELECT 'ARTICLE' AS kind, t.article_id AS id, a.story_id AS story_id, a.title AS title,"
        + "  snippet(article_text, 2, '', '', '…', 24) AS snippet, bm25(article_text) AS rank"
        + "  FROM article_text t JOIN articles a ON a.id = t.article_id WHERE article_text MATCH ?"
        + " UNION ALL"
        + " SELECT 'BRIEF', b.story_id, b.story_id, b.headline, snippet(brief_text, 2, '', '', '…', 24),"
        + "  bm25(brief_text) FROM brief_text b WHERE brief_text MATCH ?"
        + ") ORDER BY rank, kind, id LIMIT ?";
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, expr);
      ps.setString(2, expr);
      ps.setInt(3, limit);
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
    String expr = expression(words);
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT a.story_id FROM article_text t JOIN articles a ON a.id = t.article_id WHERE article_text MATCH ?"
            + " UNION SELECT story_id FROM brief_text WHERE brief_text MATCH ?")) {
      ps.setString(1, expr);
      ps.setString(2, expr);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }
}
