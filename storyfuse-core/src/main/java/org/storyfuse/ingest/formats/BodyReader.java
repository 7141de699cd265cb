package org.storyfuse.ingest.formats;

import java.util.Optional;
import org.storyfuse.ingest.SourceDocument;

/**
 * One article sent as a body (an HTTP request) rather than a file: a news JSON object, an HTML page
 * or plain text, read by the same readers and charset rules as files of those formats, so a posted
 * article extracts exactly as the same bytes would from disk.
 */
public final class BodyReader {

  /** What the sender says the body is (its media type). */
  public enum Kind {
    JSON(Format.JSON),
    HTML(Format.HTML),
    TEXT(Format.TEXT);

    private final Format format;

    Kind(Format format) {
      this.format = format;
    }
  }

  private BodyReader() {}

  /**
   * @param origin  provenance for the document (and so its article id)
   * @param charset the charset the sender declared, or null
   * @return the one document the body holds
   * @throws UnreadableInputException with a one-line reason when the body is empty, binary, malformed
   *                                  or holds no article or more than one
   */
  public static SourceDocument read(String origin, Kind kind, byte[] body, String charset)
      throws UnreadableInputException {
    if (body.length == 0) {
      throw new UnreadableInputException("empty body");
    }
    Optional<String> binary = BinarySniffer.describe(body);
    if (binary.isPresent()) {
      throw new UnreadableInputException("binary content, not text (" + binary.get() + ")");
    }
    String text = TextDecoding.decode(body, charset, kind.format.markup);
    if (text.isBlank()) {
      throw new UnreadableInputException("empty body");
    }
    DocumentCollector collected = new DocumentCollector();
    Records out = new Records(collected, origin, 2); // one article per body: a second record is reason enough to refuse
    FormatReader reader = switch (kind) {
      case JSON -> new JsonFileReader();
      case HTML -> new HtmlFileReader();
      case TEXT -> new TextFileReader();
    };
    reader.read(origin, text, out);
    if (collected.documents.size() > 1) {
      throw new UnreadableInputException("more than one article: send one article per request");
    }
    if (!collected.problems.isEmpty()) {
      throw new UnreadableInputException(collected.problems.get(0).reason());
    }
    if (collected.documents.isEmpty()) {
      throw new UnreadableInputException("no article found");
    }
    return collected.documents.get(0);
  }
}
