package org.storyfuse.store;

import org.storyfuse.analyze.AnalysisCodec;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.storyfuse.model.Brief;
import org.storyfuse.render.BriefJson;

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

  /** Deletes a story that no article belongs to any more (merged into another), with its brief. */
  static boolean deleteIfEmpty(Connection c, String id) throws SQLException {
    try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE story_id = ?")) {
      count.setString(1, id);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return false;
        }
      }
    }
    for (String sql : List.of("DELETE FROM brief_text WHERE story_id = ?", "DELETE FROM briefs WHERE story_id = ?",
        "DELETE FROM stories WHERE id = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
    return true;
  }

  /** Writes a story's brief, one version up from the last. */
  static void saveBrief(Connection c, Brief brief, int articles, int sources, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO briefs (story_id, version, built_at, headline, articles, sources, first_published,"
            + " last_published, brief_json) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(story_id) DO UPDATE SET version = version + 1, built_at = excluded.built_at,"
            + " headline = excluded.headline, articles = excluded.articles, sources = excluded.sources,"
            + " first_published = excluded.first_published, last_published = excluded.last_published,"
            + " brief_json = excluded.brief_json")) {
      ps.setString(1, brief.storyId());
      ps.setLong(2, now.toEpochMilli());
      ps.setString(3, brief.headline());
      ps.setInt(4, articles);
      ps.setInt(5, sources);
      ps.setString(6, brief.timeSpan() == null ? null : brief.timeSpan().first());
      ps.setString(7, brief.timeSpan() == null ? null : brief.timeSpan().last());
      ps.setString(8, BriefJson.write(brief));
      ps.executeUpdate();
    }
  }

  static Optional<Brief> brief(Connection c, String storyId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT brief_json FROM briefs WHERE story_id = ?")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        try {
          return Optional.of(BriefJson.read(rs.getString(1)));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("the stored brief of story " + storyId + " is unreadable: "
              + e.getOriginalMessage(), e);
        }
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
  static List<StorySummary> list(Connection c, Instant since, List<String> matching, int limit) throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT s.id, b.headline, (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id), b.sources,"
            + " b.first_published, b.last_published, s.updated_at"
            + " FROM stories s LEFT JOIN briefs b ON b.story_id = s.id WHERE s.updated_at >= ?");
    if (matching != null) {
      sql.append(" AND s.id IN (SELECT value FROM json_each(?))");
    }
    sql.append(" ORDER BY s.updated_at DESC, s.id LIMIT ?");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      ps.setLong(i++, since == null ? Long.MIN_VALUE : since.toEpochMilli());
      if (matching != null) {
        ps.setString(i++, AnalysisCodec.write(matching));
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
