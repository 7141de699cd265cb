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
 * brings the schema up to date with Flyway migrations from {@code db/storyfuse} (the SQLite
 * location since the first release: existing stores keep their migration history).
 */
final class Database {

  private final SQLiteDataSource dataSource;
  private final Path file;
  private final Contention contention;

  private Database(Path file, SQLiteDataSource dataSource, Contention contention) {
    this.file = file;
    this.dataSource = dataSource;
    this.contention = contention;
  }

  static Database open(Path file, Contention contention) {
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
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, contention.attemptWait().toMillis()));
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // WAL + NORMAL: durable across process crashes
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Database db = new Database(file, ds, contention);
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
        // another writer holding the file (SQLITE_BUSY) is waited out like any other call
        contention.retry("the store " + file, SqliteDialect.INSTANCE::isBusy, () -> {
          try {
            flyway.migrate();
            return null;
          } catch (RuntimeException e) {
            SQLException busy = busyCause(e);
            if (busy != null) {
              throw busy;
            }
            throw e;
          }
        });
        return;
      } catch (StoreBusyException e) {
        throw e;
      } catch (SQLException | RuntimeException e) {
        // The loser of a race finds the schema half made by the winner; once the winner commits,
        // a second look sees it complete and has nothing left to do.
        if (attempt == MIGRATE_ATTEMPTS || !Files.exists(file)) {
          throw new IllegalStateException("cannot open the store " + file + ": " + JdbcStore.oneLine(e), e);
        }
        pause(200L * attempt);
      }
    }
  }

  /** The busy SQLite error inside a Flyway failure, if that is what it is. */
  private static SQLException busyCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && SqliteDialect.INSTANCE.isBusy(s)) {
        return s;
      }
    }
    return null;
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
}
