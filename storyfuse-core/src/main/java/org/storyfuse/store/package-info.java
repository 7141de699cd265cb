/**
 * Persistence: articles with their analysis documents, stories, aliases of merged stories, and
 * briefs, in one SQLite file ({@link org.storyfuse.store.SqliteStore}, Flyway-migrated). The store
 * only writes what the pipeline decided ({@link org.storyfuse.store.ChangeSet}) and answers reads;
 * it never groups, analyses or fuses.
 *
 * <p>May import: model, JDBC, SQLite, Flyway, Jackson. Never analyze, cluster, fuse, render or
 * pipeline (analyses and briefs arrive as opaque JSON documents).
 */
package org.storyfuse.store;
