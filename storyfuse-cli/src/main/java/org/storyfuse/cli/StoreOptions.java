package org.storyfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.store.SqliteStore;
import picocli.CommandLine.Option;

/** The store file every store command works on. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "PATH",
      description = "the store: one SQLite file, created when missing (default: ${DEFAULT-VALUE})")
  Path db = Path.of("storyfuse.db");

  /** Opens the store for writing, creating the file when needed, with the pipeline that decides what to write. */
  IncrementalPipeline openForWriting(AnalysisOptions analysis, int threads, boolean quiet) {
    return analysis.pipeline(BriefBuilder.DEFAULT_WORDS, threads, quiet).attach(SqliteStore.open(db));
  }

  /** Opens an existing store for reading: a mistyped path is an error, not a new empty store. */
  SqliteStore openForReading() {
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException("no store at " + db + " (create one with: storyfuse ingest PATH --db " + db + ")");
    }
    return SqliteStore.open(db);
  }
}
