package org.storyfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.store.Contention;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.Stores;
import picocli.CommandLine.Option;

/** The store every store command works on: a SQLite file, or a PostgreSQL database for several processes. */
final class StoreOptions {

  /** How long ingest and watch wait for other writers before giving up on a batch. */
  static final Duration WRITER_WAIT = Duration.ofMinutes(10);
  /** How long a POST waits for other writers before the server answers 503 (the client may retry). */
  static final Duration SERVER_WAIT = Duration.ofSeconds(30);

  @Option(names = "--db", paramLabel = "STORE",
      description = "the store: a SQLite file, created when missing, or a PostgreSQL database for several processes: "
          + "postgresql://USER[:PASSWORD]@HOST:PORT/DB or jdbc:postgresql://HOST:PORT/DB?user=USER "
          + "(password also from PGPASSWORD or ~/.pgpass) (default: ${DEFAULT-VALUE})")
  String db = "storyfuse.db";

  /** The store as messages show it: never a password. */
  String display() {
    return Stores.display(db);
  }

  boolean isPostgres() {
    return Stores.isPostgres(db);
  }

  /**
   * Opens the store for writing (creating a SQLite file or the schema when needed), with the
   * pipeline that decides what to write; the analysis models load only when an article needs them.
   */
  IncrementalPipeline openForWriting(AnalysisOptions analysis, int threads, boolean quiet, Duration maxWait) {
    JdbcStore store = Stores.open(db, contention(maxWait, quiet));
    return analysis.pipelineOnDemand(BriefBuilder.DEFAULT_WORDS, threads, quiet).attach(store);
  }

  /** As {@link #openForWriting}, for a service: the models load now, not on the first request. */
  IncrementalPipeline openForServing(AnalysisOptions analysis, int threads) {
    StoryPipeline pipeline = analysis.pipeline(BriefBuilder.DEFAULT_WORDS, threads, false);
    return pipeline.attach(Stores.open(db, contention(SERVER_WAIT, true)));
  }

  /** Opens an existing store for reading: a mistyped path is an error, not a new empty store. */
  JdbcStore openForReading() {
    if (!isPostgres() && !Files.isRegularFile(Path.of(db))) {
      throw new IllegalArgumentException("no store at " + db + " (create one with: storyfuse ingest PATH --db " + db + ")");
    }
    return Stores.open(db, contention(Contention.DEFAULT.maxWait(), true));
  }

  /** Waits up to {@code maxWait} for other writers, saying so once on stderr unless quiet. */
  private static Contention contention(Duration maxWait, boolean quiet) {
    AtomicBoolean told = new AtomicBoolean();
    return Contention.of(maxWait).withListener((what, attempt, waited) -> {
      if (!quiet && waited.toMillis() >= 1000 && told.compareAndSet(false, true)) {
        System.err.println("storyfuse: waiting for " + what + ": another writer holds it");
      }
    });
  }
}
