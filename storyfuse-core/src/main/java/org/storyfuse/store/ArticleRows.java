package org.storyfuse.store;

import org.storyfuse.analyze.AnalysisCodec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.model.Article;

/** The {@code articles} table: one row per stored article, with its analysis and its story. */
final class ArticleRows {

  private ArticleRows() {}

  /** A stored article as the clusterer replay and brief building need it. */
  record Row(long seq, long batch, Article article, String storyId, String duplicateOf) {}

  /** The id of the stored article with this content hash and URL, if any. */
  static Optional<String> idOf(Connection c, String contentHash, String url) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM articles WHERE content_hash = ? AND url = ?")) {
      ps.setString(1, contentHash);
      ps.setString(2, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static boolean idTaken(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String storyOf(Connection c, String articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM articles WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static long nextSeq(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void insert(Connection c, long seq, long batch, Article a, String contentHash, String storyId,
      String duplicateOf, AnalyzedArticle analysis, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO articles (seq, id, content_hash, url, batch_id, story_id, duplicate_of, title, published,"
            + " ingested_at, article_json, analysis_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setString(2, a.id());
      ps.setString(3, contentHash);
      ps.setString(4, urlKey(a));
      ps.setLong(5, batch);
      ps.setString(6, storyId);
      ps.setString(7, duplicateOf);
      ps.setString(8, a.title());
      ps.setString(9, a.published() == null ? null : a.published().date().toString());
      ps.setLong(10, now.toEpochMilli());
      ps.setString(11, AnalysisCodec.write(a));
      ps.setString(12, analysis == null ? null : AnalysisCodec.write(analysis));
      ps.executeUpdate();
    }
  }

  static void moveToStory(Connection c, String articleId, String storyId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET story_id = ? WHERE id = ?")) {
      ps.setString(1, storyId);
      ps.setString(2, articleId);
      ps.executeUpdate();
    }
  }

  /** Every stored article in ingest order, one at a time (the store can be larger than the heap allows as a list). */
  static void forEach(Connection c, Consumer<Row> consumer) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, batch_id, article_json, story_id, duplicate_of FROM articles ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        consumer.accept(new Row(rs.getLong(1), rs.getLong(2), AnalysisCodec.readArticle(rs.getString(3)),
            rs.getString(4), rs.getString(5)));
      }
    }
  }

  /** A story's members, in ingest order, with their analyses where stored. */
  static List<Member> ofStory(Connection c, String storyId) throws SQLException {
    List<Member> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT article_json, analysis_json, duplicate_of FROM articles WHERE story_id = ? ORDER BY seq")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String analysis = rs.getString(2);
          out.add(new Member(AnalysisCodec.readArticle(rs.getString(1)),
              analysis == null ? null : AnalysisCodec.readAnalysis(analysis), rs.getString(3)));
        }
      }
    }
    return out;
  }

  record Member(Article article, AnalyzedArticle analysis, String duplicateOf) {}

  static Optional<StoredArticle> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT article_json, story_id, content_hash, ingested_at FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredArticle(AnalysisCodec.readArticle(rs.getString(1)), rs.getString(2),
            rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
      }
    }
  }

  /** The URL part of the duplicate key: '' when unknown, so (hash, url) is still unique. */
  static String urlKey(Article a) {
    return a.url() == null ? "" : a.url().strip();
  }
}
