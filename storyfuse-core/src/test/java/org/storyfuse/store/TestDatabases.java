package org.storyfuse.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where store tests put their stores: a SQLite file in the test's folder, or a new database on the
 * PostgreSQL server named by {@code -Dstoryfuse.postgres.url} (or {@code STORYFUSE_POSTGRES_URL}), a
 * JDBC URL of a database the user may create databases from, e.g.
 * {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=storyfuse}. Without one, PostgreSQL cases
 * are skipped with that reason; {@code .ci/run} always starts a server and sets it. Databases made
 * here are dropped when the test JVM exits.
 */
public final class TestDatabases {

  /** The backends every store test runs against. */
  public enum Backend { SQLITE, POSTGRESQL }

  public static final String NOT_CONFIGURED = "PostgreSQL tests skipped: no server configured "
      + "(set -Dstoryfuse.postgres.url=jdbc:postgresql://HOST:PORT/postgres?user=USER or STORYFUSE_POSTGRES_URL; "
      + ".ci/run starts one)";

  private static final Pattern JDBC = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final List<String> CREATED = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
  }

  private TestDatabases() {}

  /** The configured server's admin URL, or null. */
  public static String postgresUrl() {
    String url = System.getProperty("storyfuse.postgres.url");
    if (url == null || url.isBlank() || url.startsWith("${")) {
      url = System.getenv("STORYFUSE_POSTGRES_URL");
    }
    return url == null || url.isBlank() ? null : url.strip();
  }

  /** Skips the calling test unless a PostgreSQL server is configured. */
  public static void assumePostgres() {
    assumeTrue(postgresUrl() != null, NOT_CONFIGURED);
  }

  /** A new, empty store location: a file {@code name}.db in {@code dir}, or a new PostgreSQL database. */
  public static String fresh(Backend backend, Path dir, String name) {
    return switch (backend) {
      case SQLITE -> dir.resolve(name + ".db").toString();
      case POSTGRESQL -> freshPostgres(name);
    };
  }

  /** A new, empty PostgreSQL database (JDBC URL); skips the test when no server is configured. */
  public static String freshPostgres(String name) {
    assumePostgres();
    Matcher m = JDBC.matcher(postgresUrl());
    if (!m.matches()) {
      throw new IllegalArgumentException("storyfuse.postgres.url must be jdbc:postgresql://HOST:PORT/DB[?...]: "
          + postgresUrl());
    }
    String db = ("sf_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
        + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet());
    db = db.length() > 60 ? db.substring(db.length() - 60) : db;
    if (!Character.isLetter(db.charAt(0))) {
      db = "d" + db.substring(1);
    }
    try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + db + ": " + e.getMessage(), e);
    }
    synchronized (CREATED) {
      CREATED.add(db);
    }
    return m.group(1) + db + (m.group(3) == null ? "" : m.group(3));
  }

  /** A plain JDBC connection to a store location, for tests that look under the store. */
  public static Connection connect(String location) throws SQLException {
    if (Stores.isPostgres(location)) {
      PostgresLocation l = PostgresLocation.parse(location, System.getenv());
      java.util.Properties p = new java.util.Properties();
      if (l.user() != null) {
        p.setProperty("user", l.user());
      }
      if (l.password() != null) {
        p.setProperty("password", l.password());
      }
      return DriverManager.getConnection(l.jdbcUrl(), p);
    }
    return DriverManager.getConnection("jdbc:sqlite:" + location);
  }

  /**
   * Takes the store's write lock as another writer would (SQLite {@code BEGIN IMMEDIATE}, the
   * PostgreSQL advisory lock) and holds it until the returned connection is closed.
   */
  public static Connection holdWriteLock(String location) throws SQLException {
    Connection c = connect(location);
    try {
      if (Stores.isPostgres(location)) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          s.execute("SELECT pg_advisory_xact_lock(" + PostgresDialect.WRITE_LOCK + ")");
        }
      } else {
        try (Statement s = c.createStatement()) {
          s.execute("BEGIN IMMEDIATE");
        }
      }
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  /** One number from a query, e.g. a count. */
  public static long count(String location, String sql) throws SQLException {
    try (Connection c = connect(location); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void dropAll() {
    String url = postgresUrl();
    List<String> dbs;
    synchronized (CREATED) {
      dbs = List.copyOf(CREATED);
    }
    if (url == null || dbs.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String db : dbs) {
        s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      System.err.println("could not drop the test databases " + dbs + ": " + e.getMessage());
    }
  }
}
