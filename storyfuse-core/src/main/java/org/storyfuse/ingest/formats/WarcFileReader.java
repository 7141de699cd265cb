package org.storyfuse.ingest.formats;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyfuse.ingest.DocumentHints;
import org.storyfuse.ingest.SourceDocument;

/**
 * WARC and WARC.gz crawls (Common Crawl News): every HTTP response record with a 2xx status and an
 * HTML content type is one document. The file is streamed record by record (jwarc), so a crawl of
 * any size needs memory for one page at a time; each page is bounded by the file-size limit.
 */
final class WarcFileReader {

  private final long maxPageBytes;

  WarcFileReader(long maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
  }

  /** Reads the documents; origins are "file#n" with n the record's position in the file. */
  void read(Path file, String origin, Records out) throws IOException, UnreadableInputException {
    int index = 0;
    try (WarcReader reader = new WarcReader(file)) {
      Optional<WarcRecord> next;
      while ((next = reader.next()).isPresent()) {
        index++;
        if (next.get() instanceof WarcResponse response && isHttp(response)) {
          if (page(origin + "#" + index, response, out) == Page.STOP) {
            return;
          }
        }
      }
    } catch (ParsingException e) {
      String where = index == 0 ? "" : " after record " + index;
      throw new UnreadableInputException(
          (index == 0 ? "not a WARC file: " : "corrupt WARC data" + where + "; the rest was skipped: ")
              + Reasons.oneLine(e.getMessage()));
    } catch (EOFException e) {
      throw new UnreadableInputException("truncated WARC file: it ends inside record " + (index + 1));
    } catch (RuntimeException e) {
      // jwarc reports some malformed headers ("Content-Length: y6") as unchecked exceptions
      throw new UnreadableInputException("corrupt WARC data in record " + (index + 1)
          + (index == 0 ? "" : "; the records before it were read, the rest skipped") + ": " + Reasons.of(e));
    }
    if (out.count() == 0) {
      out.fileProblem("no HTML responses with a 2xx status in this WARC file");
    }
  }

  private enum Page { READ, SKIPPED, STOP }

  private Page page(String origin, WarcResponse response, Records out) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return problem(out, origin, "unreadable HTTP response: " + Reasons.of(e));
    }
    if (http.status() < 200 || http.status() > 299) {
      return Page.SKIPPED;
    }
    Optional<String> declared = http.headers().first("Content-Type");
    MediaType type = http.contentType();
    if (declared.isPresent() && !isHtml(type)) {
      return Page.SKIPPED; // images, scripts, feeds: not articles
    }
    if (http.headers().first("Content-Encoding").orElse("").strip().equalsIgnoreCase("br")) {
      // jwarc decodes brotli only with org.brotli:dec on the class path, and fails with an Error without it
      return problem(out, origin, "brotli-compressed body (Content-Encoding: br) is not supported");
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = BoundedBytes.readAtMost(in, maxPageBytes);
    } catch (IOException | RuntimeException e) {
      return problem(out, origin, "cannot decode the HTTP body: " + Reasons.of(e));
    }
    if (body == null) {
      return problem(out, origin, "HTML response is over the " + Reasons.limit(maxPageBytes) + " limit (--max-file-size)");
    }
    if (declared.isEmpty() && FormatDetector.sniff(body) != Format.HTML) {
      return Page.SKIPPED; // untyped and not HTML-looking
    }
    if (body.length == 0) {
      return problem(out, origin, "empty HTML response");
    }
    Optional<String> binary = BinarySniffer.describe(body);
    if (binary.isPresent()) {
      return problem(out, origin, "labelled HTML but holds " + binary.get());
    }
    String html = TextDecoding.decode(body, type.parameters().get("charset"), true);
    DocumentHints hints =
        new DocumentHints(null, null, null, null, response.target(), response.headers().first("WARC-Date").orElse(null));
    return out.add(new SourceDocument(origin, SourceDocument.Kind.HTML, html, hints)) ? Page.READ : Page.STOP;
  }

  private static Page problem(Records out, String origin, String reason) {
    return out.problem(origin, reason) ? Page.SKIPPED : Page.STOP;
  }

  private static boolean isHttp(WarcResponse response) {
    MediaType type = response.contentType();
    return type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
  }

  private static boolean isHtml(MediaType type) {
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
