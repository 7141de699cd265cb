package org.storyfuse.ingest.formats;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A JSON-lines file too large to read whole (bulk CC-News and news-please dumps run to hundreds of
 * megabytes), read record by record as WARC files are: memory holds one record at a time, each
 * record is bound by the file-size limit, and a gzipped file by the decompression limit in all (the
 * records before it are kept). Records are UTF-8, as JSON is; invalid bytes are replaced and
 * counted, and the file gets the note a file read whole would. A cut gzip file keeps its complete
 * records, as {@link JsonLinesReader} does.
 */
final class JsonLinesStream {

  private static final int BUFFER = 1 << 16;

  private final long maxRecordBytes;
  private final long maxDecompressedBytes;

  JsonLinesStream(long maxRecordBytes, long maxDecompressedBytes) {
    this.maxRecordBytes = maxRecordBytes;
    this.maxDecompressedBytes = maxDecompressedBytes;
  }

  void read(Path file, boolean gzip, String origin, Records out) throws IOException {
    Lines lines = new Lines(origin, out);
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, BUFFER) : raw, BUFFER)) {
      lines.readAll(in, gzip);
    } catch (EOFException | ZipException e) {
      // the line being read when the data broke off is cut: skipped
      out.fileProblem(Gzip.damage(e) + JsonLinesReader.CUT_RECORDS);
    }
    if (lines.invalidBytes > 0) {
      out.notice(TextDecoding.replacedNote(lines.invalidBytes, lines.firstInvalidByte));
    }
  }

  /** The reading of one file: the line being read and what its lines held. */
  private final class Lines {
    private final String origin;
    private final Records out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean tooLong;
    /** Where the line being read starts in the (decompressed) file, and where it has got to. */
    private long lineStart;
    private long position;
    private int lineNumber;
    private long invalidBytes;
    private long firstInvalidByte = -1;

    Lines(String origin, Records out) {
      this.origin = origin;
      this.out = out;
    }

    void readAll(InputStream in, boolean gzip) throws IOException {
      int b;
      while ((b = in.read()) != -1) {
        if (gzip && position >= maxDecompressedBytes) {
          out.fileProblem("decompresses to more than " + Reasons.limit(maxDecompressedBytes) + "; the records "
              + "before that point were read, the rest skipped (--max-decompressed-size)");
          return;
        }
        position++;
        if (b != '\n') {
          if (line.size() < maxRecordBytes) {
            line.write(b);
          } else {
            tooLong = true;
          }
        } else if (!endLine()) {
          return;
        }
      }
      if (line.size() > 0 || tooLong) {
        endLine();
      }
      if (out.count() == 0) {
        out.fileProblem(JsonLinesReader.NO_RECORDS);
      }
    }

    /** The line read so far as one record; false once no more records are wanted. */
    private boolean endLine() {
      lineNumber++;
      String recordOrigin = origin + "#" + lineNumber;
      boolean more = tooLong
          ? out.problem(recordOrigin, "record is over the " + Reasons.limit(maxRecordBytes) + " limit (--max-file-size)")
          : JsonLinesReader.readRecord(recordOrigin, decoded().strip(), out);
      line.reset();
      tooLong = false;
      lineStart = position;
      return more;
    }

    /** The line as UTF-8, invalid bytes replaced and counted; the first line without its byte-order mark. */
    private String decoded() {
      byte[] bytes = line.toByteArray();
      String text = TextDecoding.strictUtf8(bytes);
      if (text == null) {
        TextDecoding.Utf8Scan scan = TextDecoding.Utf8Scan.of(bytes);
        if (firstInvalidByte < 0) {
          firstInvalidByte = lineStart + scan.firstInvalid();
        }
        invalidBytes += scan.invalid();
        text = new String(bytes, StandardCharsets.UTF_8);
      }
      return lineNumber == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
