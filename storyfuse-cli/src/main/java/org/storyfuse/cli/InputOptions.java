package org.storyfuse.cli;

import java.util.List;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and ingestion limits shared by every command that reads articles. */
public final class InputOptions {

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "files, folders (read recursively) or glob patterns: .txt, .html, .json, .jsonl, "
          + ".warc(.gz), RSS/Atom .xml, any of them .gz")
  public List<String> inputs;

  @Option(names = "--max-file-size", paramLabel = "MB",
      description = "skip files larger than this; WARC and JSON-lines files are read record by record instead, each record bound by it (default: ${DEFAULT-VALUE} MB)")
  int maxFileMegabytes = 16;

  @Option(names = "--max-decompressed-size", paramLabel = "MB",
      description = "stop decompressing a .gz beyond this (default: ${DEFAULT-VALUE} MB)")
  int maxDecompressedMegabytes = 64;

  @Option(names = "--max-records", paramLabel = "N",
      description = "read at most N records of one JSONL/WARC/feed file (default: ${DEFAULT-VALUE})")
  int maxRecords = 100_000;

  @Option(names = "--threads", paramLabel = "N",
      description = "extraction threads (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "no progress bar and no per-file error lines")
  public boolean quiet;

  /** Reads every input; problems are printed as one line each on stderr, never thrown. */
  public IngestResult ingest() {
    IngestOptions options = IngestOptions.defaults()
        .withMaxFileBytes((long) maxFileMegabytes * 1024 * 1024)
        .withMaxDecompressedBytes((long) maxDecompressedMegabytes * 1024 * 1024)
        .withMaxRecordsPerFile(maxRecords)
        .withThreads(threads);
    Ingestor ingestor = new Ingestor(new Extractor(), options);
    IngestResult result;
    try (Progress progress = Progress.start("Reading", quiet)) {
      result = ingestor.ingest(inputs, progress::update);
    }
    if (!quiet) {
      ProblemReport.print(result, System.err);
    }
    return result;
  }
}
