package org.storyfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.store.SqliteStore;
import picocli.CommandLine.Option;

/** The store file every store command works on. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "PATH",
      description = "the store: one SQLite file, created when missing (default: ${DEFAULT-VALUE})")
  Path db = Path.of("storyfuse.db");

  /** Opens the store for writing, creating the file when needed. */
  SqliteStore openForWriting(Analyzer analyzer, int threads) {
    return SqliteStore.open(db, new SqliteStore.Options(analyzer, BriefBuilder.DEFAULT_WORDS, Math.max(1, threads),
        java.time.Clock.systemUTC()));
  }

  /** Opens an existing store for reading: a mistyped path is an error, not a new empty store. */
  SqliteStore openForReading() {
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException("no store at " + db + " (create one with: storyfuse ingest PATH --db " + db + ")");
    }
    return SqliteStore.open(db);
  }
}
