package org.storyfuse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * What differs between the databases a {@link JdbcStore} runs on: how a writer takes the store's one
 * write lock, how a list of ids is bound, which errors mean "busy, try again", and full-text search.
 * Everything else is the same SQL on both.
 */
interface Dialect {

  /** "SQLite" or "PostgreSQL", for messages. */
  String name();

  /**
   * Opens the write transaction: on return this connection holds the store's write lock (no other
   * writer, in any process, commits until it ends) and foreign keys are checked at commit.
   */
  void beginWrite(Connection c) throws SQLException;

  void commitWrite(Connection c) throws SQLException;

  /** Ends the write transaction without keeping anything; never throws. */
  void rollbackWrite(Connection c);

  /** A condition: {@code column} is one of the values bound at the next parameter by {@link #bindList}. */
  String inList(String column);

  void bindList(PreparedStatement ps, int index, Collection<String> values) throws SQLException;

  /** Prepares {@code c} to read a large result a few rows at a time; {@link #endStream} undoes it. */
  void beginStream(Connection c) throws SQLException;

  void endStream(Connection c) throws SQLException;

  /** The fetch size for streamed reads (0: the driver's default). */
  int streamFetchSize();

  /** Whether an error means the store was busy (locked by another writer) and the call may be tried again. */
  boolean isBusy(SQLException e);

  /** Full-text hits for the query's words (at least one), best first; see {@link SearchIndex}. */
  List<SearchHit> search(Connection c, List<String> words, int limit) throws SQLException;

  /** Ids of the stories with an article or brief matching every word (at least one). */
  List<String> matchingStories(Connection c, List<String> words) throws SQLException;
}
