package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyfuse.model.Article;

/** The {@code articles} table: one row per stored article, with its analysis document and its story. */
final class ArticleRows {

  private ArticleRows() {}

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

  /** The last batch committed: the store's version. */
  static long version(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM batches");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static long lastSeq(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM articles");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void insert(Connection c, long batch, ChangeSet.NewArticle n, Instant now) throws SQLException {
    Article a = n.article();
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO articles (seq, id, content_hash, url, batch_id, story_id, duplicate_of, title, published,"
            + " ingested_at, article_json, analysis_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, n.seq());
      ps.setString(2, a.id());
      ps.setString(3, n.contentHash());
      ps.setString(4, n.url());
      ps.setLong(5, batch);
      ps.setString(6, n.storyId());
      ps.setString(7, n.copyOf());
      ps.setString(8, a.title());
      ps.setString(9, a.published() == null ? null : a.published().date().toString());
      ps.setLong(10, now.toEpochMilli());
      ps.setString(11, ArticleCodec.write(a));
      ps.setString(12, n.analysisJson());
      ps.executeUpdate();
    }
  }

  static void move(Connection c, ChangeSet.Move m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?")) {
      ps.setString(1, m.storyId());
      ps.setString(2, m.copyOf());
      ps.setString(3, m.articleId());
      if (ps.executeUpdate() != 1) {
        throw new StoreException("cannot move article " + m.articleId() + ": it is not stored", null);
      }
    }
  }

  /** Every stored article in ingest order, one at a time (the store can be larger than the heap allows as a list). */
  static void forEach(Connection c, Dialect dialect, Consumer<StoredRow> consumer) throws SQLException {
    dialect.beginStream(c);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, article_json, story_id, duplicate_of FROM articles ORDER BY seq")) {
      ps.setFetchSize(dialect.streamFetchSize());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(new StoredRow(rs.getLong(1), ArticleCodec.readArticle(rs.getString(2)),
              rs.getString(3), rs.getString(4)));
        }
      }
    } finally {
      dialect.endStream(c);
    }
  }

  /** Deletes a stored article with its full-text row; its source links must be gone already. */
  static void delete(Connection c, String id) throws SQLException {
    SearchIndex.unindexArticle(c, id);
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      if (ps.executeUpdate() != 1) {
        throw new StoreException("cannot remove article " + id + ": it is not stored", null);
      }
    }
  }

  /** The articles with these ids, in arrival order, with their analysis documents. */
  static List<StoredMember> members(Connection c, Dialect dialect, Collection<String> ids) throws SQLException {
    List<StoredMember> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, article_json, analysis_json, duplicate_of FROM articles WHERE " + dialect.inList("id")
            + " ORDER BY seq")) {
      dialect.bindList(ps, 1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredMember(rs.getLong(1), ArticleCodec.readArticle(rs.getString(2)), rs.getString(3),
              rs.getString(4)));
        }
      }
    }
    return out;
  }

  static Optional<StoredArticle> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT article_json, story_id, content_hash, ingested_at FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredArticle(ArticleCodec.readArticle(rs.getString(1)), rs.getString(2),
            rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
      }
    }
  }

}
