package org.storyfuse.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What must hold in every store between batches, checked with plain SQL on either backend. */
public final class StoreChecks {

  private StoreChecks() {}

  /** Broken invariants, one line each; empty when the store is consistent. */
  public static List<String> problems(String location) throws SQLException {
    List<String> out = new ArrayList<>();
    check(location, out, "articles without a story",
        "SELECT COUNT(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE s.id IS NULL");
    check(location, out, "stories without a brief",
        "SELECT COUNT(*) FROM stories s LEFT JOIN briefs b ON b.story_id = s.id WHERE b.story_id IS NULL");
    check(location, out, "stories without articles",
        "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)");
    check(location, out, "articles without a source",
        "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sources x WHERE x.article_id = a.id)");
    check(location, out, "copies of missing articles",
        "SELECT COUNT(*) FROM articles a WHERE a.duplicate_of IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.duplicate_of)");
    check(location, out, "aliases of missing stories",
        "SELECT COUNT(*) FROM story_aliases x WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = x.story_id)");
    check(location, out, "full-text rows of missing articles or articles without one",
        "SELECT (SELECT COUNT(*) FROM article_text) - (SELECT COUNT(*) FROM articles)"
            + " + (SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_text t WHERE t.article_id = a.id))");
    check(location, out, "full-text rows of missing briefs",
        "SELECT (SELECT COUNT(*) FROM brief_text) - (SELECT COUNT(*) FROM briefs)");
    if (!Stores.isPostgres(location)) {
      try (Connection c = TestDatabases.connect(location); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
        if (rs.next()) {
          out.add("foreign key violations, first in table " + rs.getString(1));
        }
      }
    }
    return out;
  }

  private static void check(String location, List<String> out, String what, String sql) throws SQLException {
    long n = TestDatabases.count(location, sql);
    if (n != 0) {
      out.add(what + ": " + n);
    }
  }
}
