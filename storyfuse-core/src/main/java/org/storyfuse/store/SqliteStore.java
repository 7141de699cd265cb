package org.storyfuse.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The {@link Store} in one SQLite file. A commit runs in one {@code BEGIN IMMEDIATE} transaction
 * (SQLite's one writer at a time, whichever process it is in); reads open their own connection
 * and, thanks to WAL, see the last committed batch without waiting for the writer. A writer that
 * finds the file locked waits (SQLite's busy timeout, then bounded retries with back-off, see
 * {@link Contention}) instead of failing with "database is locked".
 */
public final class SqliteStore extends JdbcStore {

  private final Database db;

  private SqliteStore(Database db, Contention contention) {
    super(SqliteDialect.INSTANCE, contention);
    this.db = db;
  }

  /** Opens (creating if needed) the store at {@code file} and migrates its schema. */
  public static SqliteStore open(Path file) {
    return open(file, Contention.DEFAULT);
  }

  /** As {@link #open(Path)}, waiting for other writers as {@code contention} says. */
  public static SqliteStore open(Path file, Contention contention) {
    return new SqliteStore(Database.open(file, contention), contention);
  }

  @Override
  Connection connect() throws SQLException {
    return db.connect();
  }

  @Override
  public String describe() {
    return "the store " + db.file();
  }

  /** The file. */
  public Path file() {
    return db.file();
  }

  /** {@code PRAGMA integrity_check} of the file: "ok" when sound. */
  public String integrityCheck() {
    try {
      return db.integrityCheck();
    } catch (SQLException e) {
      throw new StoreException("integrity check failed: " + oneLine(e), e);
    }
  }

  @Override
  public void close() {
    // connections are per call; nothing stays open
  }
}
