package org.storyfuse.cli;

import org.storyfuse.pipeline.IngestReport;
import org.storyfuse.pipeline.IncrementalPipeline;
import java.util.concurrent.Callable;
import org.storyfuse.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds articles to the store (--db): each new article is analysed, joins a story or starts one, "
          + "and the briefs of the stories that changed are rebuilt. Articles already stored (same "
          + "text and URL) are counted as duplicates and left alone; a file stored before that has changed "
          + "since replaces its earlier version. The whole run is one transaction; another writer of the "
          + "same store (serve, watch, ingest) is waited for.",
      "Prints the counts of new, duplicate and failed articles; each failure also gets one line on stderr.",
      "Exit status: 0 when the inputs could be read, 1 when nothing could."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Mixin AnalysisOptions analysis;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    IngestResult read = input.ingest();
    if (read.articles().isEmpty() && !read.problems().isEmpty()) {
      System.out.printf("0 new, 0 duplicate, %d failed%n", read.problems().size());
      System.err.println("storyfuse: no article could be read from " + String.join(" ", input.inputs));
      return 1;
    }
    IngestReport report;
    try (IncrementalPipeline db = store.openForWriting(analysis, input.threads, input.quiet, StoreOptions.WRITER_WAIT);
        PipelineProgress progress = new PipelineProgress(input.quiet)) {
      report = db.ingestArrivals(FileArrivals.of(read.articles()), progress);
    }
    System.out.println(BatchLine.of(report, read.problems().size()));
    return 0;
  }
}
