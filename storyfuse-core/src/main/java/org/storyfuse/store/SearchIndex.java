package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.model.Article;

/**
 * Full-text search over article text and briefs (SQLite FTS5). User queries are reduced to their
 * words, each quoted, so FTS5 operators and stray quotes in a query are never a syntax error:
 * every word must match, best BM25 rank first.
 */
final class SearchIndex {

  /** Most hits one search returns. */
  static final int MAX_HITS = 200;
  /** Words kept from a query: a pasted paragraph must not become a huge FTS5 program. */
  static final int MAX_QUERY_WORDS = 32;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private SearchIndex() {}

  static void indexArticle(Connection c, Article a) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_text (article_id, title, body) VALUES (?, ?, ?)")) {
      ps.setString(1, a.id());
      ps.setString(2, a.title() == null ? "" : a.title());
      ps.setString(3, a.text());
      ps.executeUpdate();
    }
  }

  static void indexBrief(Connection c, ChangeSet.BriefDocument b) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM brief_text WHERE story_id = ?")) {
      del.setString(1, b.storyId());
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO brief_text (story_id, headline, body) VALUES (?, ?, ?)")) {
      ps.setString(1, b.storyId());
      ps.setString(2, b.headline() == null ? "" : b.headline());
      ps.setString(3, b.searchText());
      ps.executeUpdate();
    }
  }

  /** The FTS5 expression for a user query, or null when it has no words. */
  static String expression(String query) {
    if (query == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
    while (m.find() && words.size() < MAX_QUERY_WORDS) {
      words.add('"' + m.group() + '"');
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  static List<SearchHit> search(Connection c, String query, int limit) throws SQLException {
    String expr = expression(query);
    if (expr == null) {
      return List.of();
    }
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
      ps.setInt(3, Math.max(1, Math.min(limit, MAX_HITS)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.add(new SearchHit(SearchHit.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5)));
        }
      }
    }
    return hits;
  }

  /** Ids of the stories with an article or brief matching the query, or an empty list when it has no words. */
  static List<String> matchingStories(Connection c, String query) throws SQLException {
    String expr = expression(query);
    if (expr == null) {
      return List.of();
    }
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
