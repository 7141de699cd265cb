package org.storyfuse.ingest;

import org.storyfuse.ingest.formats.ReadLimits;

/**
 * Limits and parallelism of one ingest run.
 *
 * @param maxFileBytes         the largest input file read (default 16 MiB; WARC files, and JSON-lines
 *                             files over it, are streamed and exempt, but each page or record in them
 *                             is bound by it) — CLI --max-file-size
 * @param maxDecompressedBytes the most a gzip input may inflate to (default 64 MiB) —
 *                             CLI --max-decompressed-size
 * @param maxRecordsPerFile    the most records read from one JSON, JSONL, feed or WARC file
 *                             (default 100,000) — CLI --max-records
 * @param threads              extraction threads (default: available processors)
 */
public record IngestOptions(long maxFileBytes, long maxDecompressedBytes, int maxRecordsPerFile, int threads) {

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    new ReadLimits(maxFileBytes, maxDecompressedBytes, maxRecordsPerFile); // validates the limits
  }

  public static IngestOptions defaults() {
    ReadLimits limits = ReadLimits.DEFAULTS;
    return new IngestOptions(
        limits.maxFileBytes(),
        limits.maxDecompressedBytes(),
        limits.maxRecordsPerFile(),
        Runtime.getRuntime().availableProcessors());
  }

  public IngestOptions withMaxFileBytes(long bytes) {
    return new IngestOptions(bytes, maxDecompressedBytes, maxRecordsPerFile, threads);
  }

  public IngestOptions withMaxDecompressedBytes(long bytes) {
    return new IngestOptions(maxFileBytes, bytes, maxRecordsPerFile, threads);
  }

  public IngestOptions withMaxRecordsPerFile(int records) {
    return new IngestOptions(maxFileBytes, maxDecompressedBytes, records, threads);
  }

  public IngestOptions withThreads(int count) {
    return new IngestOptions(maxFileBytes, maxDecompressedBytes, maxRecordsPerFile, count);
  }

  ReadLimits readLimits() {
    return new ReadLimits(maxFileBytes, maxDecompressedBytes, maxRecordsPerFile);
  }
}
