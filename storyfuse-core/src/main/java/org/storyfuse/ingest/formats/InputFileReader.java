package org.storyfuse.ingest.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one input file of any supported format into {@link org.storyfuse.ingest.SourceDocument}s:
 * plain text, HTML, JSON, JSON lines, RSS/Atom feeds and WARC, each optionally gzip-compressed.
 *
 * <p>Never throws for bad input: an unreadable file or record becomes an
 * {@link org.storyfuse.ingest.IngestProblem} with a one-line reason, and whatever else the file
 * holds is still read. Thread-safe; one instance can read many files at once.
 */
public final class InputFileReader {

  private final ReadLimits limits;
  private final WarcFileReader warc;
  private final JsonLinesStream largeJsonLines;

  public InputFileReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.warc = new WarcFileReader(limits.maxFileBytes());
    this.largeJsonLines = new JsonLinesStream(limits.maxFileBytes(), limits.maxDecompressedBytes());
  }

  /**
   * @param file   the file to read
   * @param origin how to name it in documents and problems (usually the path as the user gave it)
   * @param sink   receives documents and problems in file order, on the calling thread
   */
  public void read(Path file, String origin, DocumentSink sink) {
    Records out = new Records(sink, origin, limits.maxRecordsPerFile());
    try {
      readOrThrow(file, origin, out);
    } catch (UnreadableInputException e) {
      out.fileProblem(e.getMessage());
    } catch (IOException e) {
      out.fileProblem(Reasons.of(e));
    } catch (RuntimeException | LinkageError e) {
      out.fileProblem("unreadable: " + Reasons.of(e)); // a parser bug must not stop the run
    } catch (StackOverflowError e) {
      out.fileProblem("too deeply nested to read");
    }
  }

  private void readOrThrow(Path file, String origin, Records out) throws IOException, UnreadableInputException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new UnreadableInputException("not a regular file");
    }
    long size = Files.size(file);
    if (size == 0) {
      throw new UnreadableInputException("empty file");
    }
    byte[] head = head(file);
    boolean gzip = Gzip.isGzip(head);
    byte[] plainHead = gzip ? Gzip.head(file, FormatDetector.SNIFF_BYTES) : head;
    Format format =
        FormatDetector.fromName(file.getFileName().toString()).orElseGet(() -> FormatDetector.sniff(plainHead));
    if (format == Format.WARC) {
      warc.read(file, origin, out); // streamed: not bound by the file-size limit
      return;
    }
    if (format == Format.JSON_LINES && size > limits.maxFileBytes()) {
      // too large to hold whole, but records stand alone: streamed, each record bound by the limit
      Optional<String> binary = BinarySniffer.describe(plainHead);
      if (binary.isPresent()) {
        throw new UnreadableInputException("binary file, not text (" + binary.get() + ")");
      }
      largeJsonLines.read(file, gzip, origin, out);
      return;
    }
    String text = decodedText(file, size, gzip, format, out);
    if (format == Format.JSON && JsonLinesReader.looksLikeJsonLines(text)) {
      format = Format.JSON_LINES; // ".json" files are often JSON lines in practice
    }
    readerFor(format).read(origin, text, out);
  }

  private String decodedText(Path file, long size, boolean gzip, Format format, Records out)
      throws IOException, UnreadableInputException {
    if (size > limits.maxFileBytes()) {
      throw tooLarge(size);
    }
    byte[] bytes;
    if (gzip && (format == Format.JSON_LINES || format == Format.JSON)) {
      // records stand alone: a damaged end loses only the records it cuts
      Gzip.Partial partial = Gzip.decompressPartial(file, limits.maxDecompressedBytes());
      bytes = partial.bytes();
      if (partial.damage() != null) {
        bytes = Gzip.completeLines(bytes);
        if (bytes.length == 0) {
          throw new UnreadableInputException(partial.damage());
        }
        out.fileProblem(partial.damage() + JsonLinesReader.CUT_RECORDS);
      }
    } else if (gzip) {
      bytes = Gzip.decompress(file, limits.maxDecompressedBytes());
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        bytes = BoundedBytes.readAtMost(in, limits.maxFileBytes()); // the file may have grown since
      }
      if (bytes == null) {
        throw tooLarge(Files.size(file));
      }
    }
    Optional<String> binary = BinarySniffer.describe(bytes);
    if (binary.isPresent()) {
      throw new UnreadableInputException("binary file, not text (" + binary.get() + ")");
    }
    TextDecoding.Decoded decoded = TextDecoding.decodeReporting(bytes, null, format.markup);
    if (decoded.note() != null) {
      out.notice(decoded.note());
    }
    String text = decoded.text();
    if (text.isBlank()) {
      throw new UnreadableInputException("empty file");
    }
    return text;
  }

  private UnreadableInputException tooLarge(long size) {
    return new UnreadableInputException(
        "file is " + Reasons.megabytes(size) + ", over the " + Reasons.limit(limits.maxFileBytes())
            + " limit (--max-file-size)");
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(FormatDetector.SNIFF_BYTES);
    }
  }

  private static FormatReader readerFor(Format format) {
    return switch (format) {
      case TEXT -> new TextFileReader();
      case HTML -> new HtmlFileReader();
      case JSON -> new JsonFileReader();
      case JSON_LINES -> new JsonLinesReader();
      case FEED -> new FeedFileReader();
      case WARC -> throw new IllegalStateException("WARC files are streamed, not decoded");
    };
  }
}
