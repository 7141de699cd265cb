package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The {@code stories} and {@code briefs} tables. */
final class StoryRows {

  /** Longest headline a listing returns: a runaway title must not bloat every list. */
  static final int MAX_HEADLINE_CHARS = 300;
  /** Most stories one listing returns, whatever the query asks for. */
  static final int MAX_STORIES = 10_000;

  private StoryRows() {}

  static void create(Connection c, String id, long createdSeq, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO stories (id, created_seq, updated_at) VALUES (?, ?, ?)")) {
      ps.setString(1, id);
      ps.setLong(2, createdSeq);
      ps.setLong(3, now.toEpochMilli());
      ps.executeUpdate();
    }
  }

  static boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static void touch(Connection c, String id, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE stories SET updated_at = ? WHERE id = ?")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  /** Deletes a story no article belongs to any more (merged away), with its brief and the aliases still pointing at it. */
  static void delete(Connection c, String id) throws SQLException {
    try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE story_id = ?")) {
      count.setString(1, id);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new StoreException("cannot remove story " + id + ": it still has " + rs.getLong(1) + " articles", null);
        }
      }
    }
    for (String sql : List.of("DELETE FROM brief_text WHERE story_id = ?", "DELETE FROM briefs WHERE story_id = ?",
        "DELETE FROM story_aliases WHERE story_id = ?", "DELETE FROM stories WHERE id = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
  }

  /** Writes a story's brief, one version up from the last. */
  static void saveBrief(Connection c, ChangeSet.BriefDocument b, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO briefs (story_id, version, built_at, headline, articles, sources, first_published,"
            + " last_published, brief_json) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(story_id) DO UPDATE SET version = briefs.version + 1, built_at = excluded.built_at,"
            + " headline = excluded.headline, articles = excluded.articles, sources = excluded.sources,"
            + " first_published = excluded.first_published, last_published = excluded.last_published,"
            + " brief_json = excluded.brief_json")) {
      ps.setString(1, b.storyId());
      ps.setLong(2, now.toEpochMilli());
      ps.setString(3, b.headline());
      ps.setInt(4, b.articles());
      ps.setInt(5, b.sources());
      ps.setString(6, b.firstPublished());
      ps.setString(7, b.lastPublished());
      ps.setString(8, b.json());
      ps.executeUpdate();
    }
  }

  /** The brief of a live story. */
  static Optional<StoredBrief> brief(Connection c, String storyId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version, brief_json FROM briefs WHERE story_id = ?")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new StoredBrief(storyId, rs.getInt(1), rs.getString(2))) : Optional.empty();
      }
    }
  }

  /** The live story an id names: itself when it is a story, else the story its alias points at. */
  static Optional<String> resolve(Connection c, String id) throws SQLException {
    if (exists(c, id)) {
      return Optional.of(id);
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM story_aliases WHERE alias = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Makes {@code alias} (a story merged away) answer for {@code storyId}; aliases that pointed at
   * the absorbed story follow it, so no chain ever needs more than one step.
   */
  static void alias(Connection c, ChangeSet.Alias a) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE story_aliases SET story_id = ? WHERE story_id = ?")) {
      ps.setString(1, a.storyId());
      ps.setString(2, a.alias());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO story_aliases (alias, story_id) VALUES (?, ?) ON CONFLICT(alias) DO UPDATE SET story_id = excluded.story_id")) {
      ps.setString(1, a.alias());
      ps.setString(2, a.storyId());
      ps.executeUpdate();
    }
  }

  /** A story of this id exists again (a split re-founded it): it is no alias any more. */
  static void dropAlias(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM story_aliases WHERE alias = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  static Optional<StoredBrief.Stamp> briefStamp(Connection c, String storyId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version, built_at FROM briefs WHERE story_id = ?")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new StoredBrief.Stamp(storyId, rs.getInt(1), rs.getLong(2))) : Optional.empty();
      }
    }
  }

  static OptionalInt briefVersion(Connection c, String storyId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM briefs WHERE story_id = ?")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
      }
    }
  }

  /**
   * Story lines, most recently updated first, then by id. Reads plain columns only, so a damaged
   * brief document never breaks the list; a story without a brief yet shows no headline.
   *
   * @param matching story ids to keep, or null for all
   */
  static List<StorySummary> list(Connection c, Dialect dialect, Instant since, List<String> matching, int limit)
      throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT s.id, b.headline, (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id), b.sources,"
            + " b.first_published, b.last_published, s.updated_at"
            + " FROM stories s LEFT JOIN briefs b ON b.story_id = s.id WHERE s.updated_at >= ?");
    if (matching != null) {
      sql.append(" AND ").append(dialect.inList("s.id"));
    }
    sql.append(" ORDER BY s.updated_at DESC, s.id LIMIT ?");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      ps.setLong(i++, since == null ? Long.MIN_VALUE : since.toEpochMilli());
      if (matching != null) {
        dialect.bindList(ps, i++, matching);
      }
      ps.setInt(i, Math.min(limit, MAX_STORIES));
      List<StorySummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StorySummary(rs.getString(1), bound(rs.getString(2)), rs.getInt(3), rs.getInt(4),
              rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))));
        }
      }
      return out;
    }
  }

  private static String bound(String headline) {
    if (headline == null || headline.length() <= MAX_HEADLINE_CHARS) {
      return headline;
    }
    return headline.substring(0, MAX_HEADLINE_CHARS - 1) + "…";
  }
}
