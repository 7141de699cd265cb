/**
 * Persistence: articles with their analysis documents and the sources they were read from,
 * stories, aliases of merged stories, and briefs — in one SQLite file
 * ({@link org.storyfuse.store.SqliteStore}) or a PostgreSQL database for several processes
 * ({@link org.storyfuse.store.PostgresStore}), one schema migrated by Flyway ({@code db/storyfuse}
 * for SQLite, {@code db/postgresql}), the same SQL behind {@link org.storyfuse.store.JdbcStore}
 * and what differs in a {@code Dialect}. {@link org.storyfuse.store.Stores#open} picks by location.
 * The store only writes what the pipeline decided ({@link org.storyfuse.store.ChangeSet}), waits
 * out other writers within its {@link org.storyfuse.store.Contention} bound, and answers reads; it
 * never groups, analyses or fuses.
 *
 * <p>May import: model, JDBC, SQLite, the PostgreSQL driver, HikariCP, Flyway, Jackson. Never
 * analyze, cluster, fuse, render or pipeline (analyses and briefs arrive as opaque JSON documents).
 */
package org.storyfuse.store;
