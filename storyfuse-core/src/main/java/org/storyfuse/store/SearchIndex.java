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
 * Full-text search over article text and briefs. The rows are the same on every database (tables
 * {@code article_text} and {@code brief_text}); the index and the query are the dialect's (SQLite
 * FTS5, PostgreSQL {@code tsvector}). User queries are reduced to their words, so search syntax and
 * stray quotes in a query are never an error: every word must match, best match first.
 */
final class SearchIndex {

  /** Most hits one search returns. */
  static final int MAX_HITS = 200;
  /** Words kept from a query: a pasted paragraph must not become a huge search program. */
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

  static void unindexArticle(Connection c, String articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_text WHERE article_id = ?")) {
      ps.setString(1, articleId);
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

  /** The query's words, lower-cased, at most {@link #MAX_QUERY_WORDS}; empty when it has none. */
  static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    if (query == null) {
      return words;
    }
    Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
    while (m.find() && words.size() < MAX_QUERY_WORDS) {
      words.add(m.group());
    }
    return words;
  }

  static List<SearchHit> search(Connection c, Dialect dialect, String query, int limit) throws SQLException {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    return dialect.search(c, words, Math.max(1, Math.min(limit, MAX_HITS)));
  }

  /** Ids of the stories with an article or brief matching the query, or an empty list when it has no words. */
  static List<String> matchingStories(Connection c, Dialect dialect, String query) throws SQLException {
    List<String> words = words(query);
    return words.isEmpty() ? List.of() : dialect.matchingStories(c, words);
  }

  /** One hit from a row of (kind, id, story id, title, snippet). */
  static SearchHit hit(ResultSet rs) throws SQLException {
    return new SearchHit(SearchHit.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5));
  }
}
