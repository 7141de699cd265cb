package org.storyfuse.eval.cli;

import org.storyfuse.cli.ProblemReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;

/** A folder of .txt reports with a gold.json beside them (the shape of ../shared/seeds), read for evaluation. */
record GoldFolder(Path gold, IngestResult read) {

  /** Ingests the folder's reports (problems printed one line each); fails clearly without gold.json. */
  static GoldFolder read(Path dir) {
    Path gold = dir.resolve("gold.json");
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(gold + ": no such file");
    }
    IngestResult read = new Ingestor(new Extractor(), IngestOptions.defaults())
        .ingest(List.of(dir.resolve("*.txt").toString()));
    ProblemReport.print(read, System.err);
    return new GoldFolder(gold, read);
  }
}
