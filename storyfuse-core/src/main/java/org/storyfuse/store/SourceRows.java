package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The {@code article_sources} table: which source (file, or none) each stored article was read from. */
final class SourceRows {

  private SourceRows() {}

  static void link(Connection c, ChangeSet.SourceLink l) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO article_sources (source_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, l.source());
      ps.setString(2, l.articleId());
      ps.executeUpdate();
    }
  }

  static void unlink(Connection c, ChangeSet.SourceLink l) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_sources WHERE source_key = ? AND article_id = ?")) {
      ps.setString(1, l.source());
      ps.setString(2, l.articleId());
      ps.executeUpdate();
    }
  }

  /** Whether a stored article is still linked to some source. */
  static boolean linked(Connection c, String articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article_sources WHERE article_id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** source → ids of the articles read from it, for the sources that hold any. */
  static Map<String, Set<String>> articlesOf(Connection c, Dialect dialect, Collection<String> sources)
      throws SQLException {
    return pairs(c, dialect, "SELECT source_key, article_id FROM article_sources WHERE " + dialect.inList("source_key"),
        sources);
  }

  /** article → the sources it was read from, for the articles that have any. */
  static Map<String, Set<String>> sourcesOf(Connection c, Dialect dialect, Collection<String> articleIds)
      throws SQLException {
    return pairs(c, dialect, "SELECT article_id, source_key FROM article_sources WHERE " + dialect.inList("article_id"),
        articleIds);
  }

  private static Map<String, Set<String>> pairs(Connection c, Dialect dialect, String sql, Collection<String> keys)
      throws SQLException {
    Map<String, Set<String>> out = new TreeMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      dialect.bindList(ps, 1, keys);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
      }
    }
    return out;
  }
}
