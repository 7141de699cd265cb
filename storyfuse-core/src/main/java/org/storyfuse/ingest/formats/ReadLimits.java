package org.storyfuse.ingest.formats;

/**
 * Bounds that keep one hostile or oversized input from exhausting memory or time.
 *
 * @param maxFileBytes         the largest input file read (its size on disk); also the largest single
 *                             HTML response read from a WARC file. WARC files themselves are streamed
 *                             record by record, so their total size costs time, not memory, and is not
 *                             limited.
 * @param maxDecompressedBytes the most bytes a gzip-compressed input may inflate to before it is
 *                             refused as a possible zip bomb
 * @param maxRecordsPerFile    the most records (JSON objects, JSONL lines, feed items, WARC pages)
 *                             read from one file; the rest is skipped with one problem
 */
public record ReadLimits(long maxFileBytes, long maxDecompressedBytes, int maxRecordsPerFile) {

  static final long MIB = 1024L * 1024L;

  public static final ReadLimits DEFAULTS = new ReadLimits(16 * MIB, 64 * MIB, 100_000);

  public ReadLimits {
    if (maxFileBytes <= 0 || maxDecompressedBytes <= 0 || maxRecordsPerFile <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }
}
