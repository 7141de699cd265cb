package org.storyfuse.ingest.formats;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A JSON-lines file too large to read whole (bulk CC-News and news-please dumps run to hundreds of
 * megabytes), read record by record as WARC files are: memory holds one record at a time, each
 * record is bound by the file-size limit, and a gzipped file by the decompression limit in all (the
 * records before it are kept). Records are UTF-8, as JSON is; an invalid byte is replaced and said
 * once. A cut gzip file keeps its complete records, as {@link JsonLinesReader} does.
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
    Line line = new Line();
    long total = 0;
    int lineNumber = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, BUFFER) : raw, BUFFER)) {
      int b;
      while ((b = in.read()) != -1) {
        if (gzip && ++total > maxDecompressedBytes) {
          out.fileProblem("decompresses to more than " + Reasons.limit(maxDecompressedBytes) + "; the records "
              + "before that point were read, the rest skipped (--max-decompressed-size)");
          return;
        }
        if (b != '\n') {
          line.append(b, maxRecordBytes);
          continue;
        }
        lineNumber++;
        if (!record(origin, lineNumber, line, out)) {
          return;
        }
        line.clear();
      }
      if (!line.isEmpty()) {
        record(origin, lineNumber + 1, line, out);
      }
    } catch (EOFException | ZipException e) {
      // the line being read when the data broke off is cut: skipped
      out.fileProblem((e instanceof EOFException ? "truncated gzip file: the compressed data ends early"
          : "corrupt gzip data (" + Reasons.oneLine(e.getMessage()) + ")")
          + "; the complete records before it were read, the cut last one skipped");
      return;
    }
    if (out.count() == 0) {
      out.fileProblem("no JSON records (the file has only blank lines)");
    }
  }

  /** One line: a record, a problem, or nothing when blank; false once no more records are wanted. */
  private boolean record(String origin, int lineNumber, Line line, Records out) {
    String recordOrigin = origin + "#" + lineNumber;
    if (line.tooLong) {
      return out.problem(recordOrigin, "record is over the " + Reasons.limit(maxRecordBytes) + " limit (--max-file-size)");
    }
    String text = line.decode(out, lineNumber == 1);
    return JsonLinesReader.readRecord(recordOrigin, text.strip(), out);
  }

  /** The bytes of the line being read, up to the record limit. */
  private static final class Line {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean tooLong;
    private boolean replacementSaid;

    void append(int b, long max) {
      if (bytes.size() < max) {
        bytes.write(b);
      } else {
        tooLong = true;
      }
    }

    boolean isEmpty() {
      return bytes.size() == 0 && !tooLong;
    }

    void clear() {
      bytes.reset();
      tooLong = false;
    }

    /** UTF-8, an invalid byte replaced (said once per file); the first line without its byte-order mark. */
    String decode(Records out, boolean first) {
      byte[] b = bytes.toByteArray();
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
      } catch (CharacterCodingException e) {
        text = new String(b, StandardCharsets.UTF_8);
        if (!replacementSaid) {
          out.notice("invalid UTF-8 bytes were replaced with \uFFFD");
          replacementSaid = true;
        }
      }
      return first && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
