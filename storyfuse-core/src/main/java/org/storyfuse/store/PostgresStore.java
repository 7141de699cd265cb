package org.storyfuse.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The {@link Store} in a PostgreSQL database, for more than one process (several {@code serve}
 * processes, {@code ingest} and {@code watch} beside them, on one or many machines). The schema is
 * the SQLite store's, migrated by Flyway from {@code db/postgresql}; commits take one advisory lock,
 * so writers are serialised as on SQLite, while readers never wait; full-text search is PostgreSQL's
 * own ({@code tsvector}, GIN index). Connections come from a small pool, closed by {@link #close}.
 */
public final class PostgresStore extends JdbcStore {

  /** Connections per process: request threads beyond it wait for one. */
  static final int POOL_SIZE = 8;

  private final HikariDataSource pool;
  private final PostgresLocation location;

  private PostgresStore(HikariDataSource pool, PostgresLocation location, Contention contention) {
    super(new PostgresDialect(contention.attemptWait()), contention);
    this.pool = pool;
    this.location = location;
  }

  /**
   * Connects, and creates or migrates the schema.
   *
   * @throws IllegalArgumentException with a one-line reason when the server cannot be reached or
   *                                  refuses the user, or the schema cannot be brought up to date
   */
  public static PostgresStore open(PostgresLocation location, Contention contention) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    if (location.user() != null) {
      config.setUsername(location.user());
    }
    if (location.password() != null) {
      config.setPassword(location.password());
    }
    config.setPoolName("storyfuse");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Math.max(250, Math.min(30_000, contention.maxWait().toMillis())));
    config.setInitializationFailTimeout(1); // one try at once: a server that cannot be reached is said so now
    config.addDataSourceProperty("ApplicationName", "storyfuse");
    config.addDataSourceProperty("connectTimeout", "10");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot connect to the PostgreSQL store " + location.display() + ": "
          + oneLine(e), e);
    }
    try {
      try {
        // Flyway takes its own advisory lock on PostgreSQL: processes opening a new database at once are safe
        Flyway.configure().dataSource(pool).locations("classpath:db/postgresql").loggers("slf4j").load().migrate();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cannot open the PostgreSQL store " + location.display() + ": "
            + oneLine(e), e);
      }
      return new PostgresStore(pool, location, contention);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  @Override
  Connection connect() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public String describe() {
    return "the PostgreSQL store " + location.display();
  }

  @Override
  public void close() {
    pool.close();
  }
}
