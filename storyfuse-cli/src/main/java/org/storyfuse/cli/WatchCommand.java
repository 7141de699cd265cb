package org.storyfuse.cli;

import org.storyfuse.pipeline.IngestReport;
import org.storyfuse.pipeline.IncrementalPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Watches a folder and stores every new or changed file in it (recursively) as it appears, "
          + "once it is complete — unchanged for the settle time and, where the system can tell (Linux), "
          + "open for writing by no process: one batch per look, one line per batch on stdout. "
          + "Files already in the folder are stored first (what the store holds already is a duplicate); "
          + "a file that changes after it was stored replaces its earlier version.",
      "Ctrl-C stops after the batch in progress; a batch is stored whole or not at all."
    })
final class WatchCommand implements Callable<Integer> {

  /** How long Ctrl-C waits for the batch in progress before the JVM exits anyway. */
  private static final long STOP_GRACE_SECONDS = 60;

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder to watch")
  Path folder;

  @Option(names = "--interval", paramLabel = "MS", description = "look at the folder every MS milliseconds (default: ${DEFAULT-VALUE})")
  long intervalMillis = 2000;

  @Option(names = "--settle", paramLabel = "MS",
      description = "a file is read once its size and time have not changed for MS milliseconds and no process "
          + "has it open for writing (default: ${DEFAULT-VALUE})")
  long settleMillis = 2000;

  @Option(names = "--threads", paramLabel = "N", description = "extraction and analysis threads (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "no per-file error lines")
  boolean quiet;

  @Mixin AnalysisOptions analysis;

  @Mixin StoreOptions store;

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("cannot watch " + folder + ": not a folder");
    }
    if (intervalMillis < 1 || settleMillis < 0 || threads < 1) {
      throw new IllegalArgumentException("--interval and --threads must be at least 1, --settle at least 0");
    }
    Thread hook = new Thread(this::stopAndWait, "storyfuse-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (IncrementalPipeline db = store.openForWriting(analysis, threads, quiet, StoreOptions.WRITER_WAIT)) {
      Ingestor ingestor = new Ingestor(new Extractor(), IngestOptions.defaults().withThreads(threads));
      FolderWatch watch = new FolderWatch(folder, Duration.ofMillis(settleMillis));
      System.err.println("storyfuse: watching " + folder + " (Ctrl-C stops)");
      do {
        List<Path> ready = watch.poll(Instant.now());
        if (!ready.isEmpty()) {
          store(ingestor, db, ready);
          watch.handedOver(ready);
        }
      } while (!stop.await(intervalMillis, TimeUnit.MILLISECONDS));
    } catch (InterruptedException | CancellationException e) {
      Thread.currentThread().interrupt(); // stopped while waiting or reading: the batch was not stored
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook is running and waits for `finished`
      }
    }
    System.err.println("storyfuse: stopped watching " + folder);
    return 0;
  }

  private void store(Ingestor ingestor, IncrementalPipeline db, List<Path> files) {
    IngestResult read = ingestor.ingest(files.stream().map(Path::toString).toList());
    if (!quiet) {
      ProblemReport.print(read, System.err); // a batch of many bad files: a dozen lines, not one per file
    }
    IngestReport report = read.articles().isEmpty() ? new IngestReport(List.of())
        : db.ingestArrivals(FileArrivals.of(read.articles()), new PipelineProgress(quiet));
    System.out.println(BatchLine.of(report, read.problems().size()));
    System.out.flush();
  }

  /** Ctrl-C: let the batch in progress finish, then let the JVM exit. */
  private void stopAndWait() {
    stop.countDown();
    try {
      finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
