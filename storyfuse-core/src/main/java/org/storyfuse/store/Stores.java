package org.storyfuse.store;

import java.nio.file.Path;

/**
 * Opens a store by where it lives, as {@code --db} says: a PostgreSQL location
 * ({@code postgresql://user@host:port/db}, {@code postgres://...}, {@code jdbc:postgresql:...}) or the
 * path of a SQLite file.
 */
public final class Stores {

  private Stores() {}

  /** Whether {@code location} names a PostgreSQL database (else it is a SQLite file). */
  public static boolean isPostgres(String location) {
    return PostgresLocation.matches(location);
  }

  /** Opens (creating the schema, and for SQLite the file, when missing) the store at {@code location}. */
  public static JdbcStore open(String location, Contention contention) {
    if (isPostgres(location)) {
      return PostgresStore.open(PostgresLocation.parse(location, System.getenv()), contention);
    }
    return SqliteStore.open(Path.of(location), contention);
  }

  /** The location as messages may show it: a PostgreSQL password never appears. */
  public static String display(String location) {
    return isPostgres(location) ? PostgresLocation.parse(location, System.getenv()).display() : location;
  }
}
