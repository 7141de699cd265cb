package org.storyfuse.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file: opens connections with the settings every one needs (WAL so reads run beside
 * the single writer, foreign keys on, a busy timeout instead of instant "database is locked") and
 * brings the schema up to date with Flyway migrations from {@code db/storyfuse}.
 */
final class Database {

  private static final int BUSY_TIMEOUT_MS = 10_000;

  private final SQLiteDataSource dataSource;
  private final Path file;

  private Database(Path file, SQLiteDataSource dataSource) {
    this.file = file;
    this.dataSource = dataSource;
  }

  static Database open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("cannot open the store " + file + ": folder " + parent + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("cannot open the store " + file + ": it is a folder");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // WAL + NORMAL: durable across process crashes
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Database db = new Database(file, ds);
    db.migrate();
    return db;
  }

  /** Attempts at migrating: two processes opening a new file at once race to create the schema. */
  private static final int MIGRATE_ATTEMPTS = 3;

  private void migrate() {
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/storyfuse")
        .loggers("slf4j")
        .load();
    for (int attempt = 1; ; attempt++) {
      try {
        flyway.migrate();
        return;
      } catch (RuntimeException e) {
        // The loser of a race finds the schema half made by the winner; once the winner commits,
        // a second look sees it complete and has nothing left to do.
        if (attempt == MIGRATE_ATTEMPTS || !Files.exists(file)) {
          throw new IllegalStateException("cannot open the store " + file + ": " + oneLine(e), e);
        }
        pause(200L * attempt);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while opening the store", e);
    }
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** {@code PRAGMA integrity_check}: "ok", or the first problem SQLite finds. */
  String integrityCheck() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        var rs = s.executeQuery("PRAGMA integrity_check")) {
      return rs.next() ? rs.getString(1) : "no answer";
    }
  }

  Path file() {
    return file;
  }

  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.strip().replaceAll("\\s+", " ");
  }
}
