package org.storyfuse.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.storyfuse.ingest.DocumentExtractor;
import org.storyfuse.ingest.ExtractionException;
import org.storyfuse.ingest.SourceDocument;
import org.storyfuse.ingest.formats.BodyReader;
import org.storyfuse.ingest.formats.UnreadableInputException;
import org.storyfuse.model.Article;

/**
 * Turns a POSTed body into an article with the ingest stage's own readers and extractor: news JSON
 * (news-please / CC-News field names), an HTML page, or plain text, chosen by the Content-Type.
 */
final class ArticleIntake {

  private final DocumentExtractor extractor;

  ArticleIntake(DocumentExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** @throws ApiException 415 for a media type it does not read, 400 when the body holds no article */
  Article read(String contentType, byte[] body) {
    MediaType media = MediaType.parse(contentType);
    BodyReader.Kind kind = kindOf(media);
    // The origin (and so the article id) comes from the bytes: the same body posted twice gets the
    // same id, and two different bodies never collide, whatever URL they claim.
    String origin = "posted:" + digest(body);
    SourceDocument document;
    try {
      document = BodyReader.read(origin, kind, body, media.charset());
    } catch (UnreadableInputException e) {
      throw ApiException.badRequest("unreadable " + kind.name().toLowerCase(Locale.ROOT) + " body: " + e.getMessage());
    }
    try {
      Article article = extractor.extract(document);
      if (article == null) {
        throw ApiException.badRequest("no article found in the body");
      }
      return article;
    } catch (ExtractionException e) {
      throw ApiException.badRequest("no article found in the body: " + e.getMessage());
    }
  }

  private static BodyReader.Kind kindOf(MediaType media) {
    if (media.isJson()) {
      return BodyReader.Kind.JSON;
    }
    return switch (media.type()) {
      case "text/html", "application/xhtml+xml" -> BodyReader.Kind.HTML;
      case "text/plain" -> BodyReader.Kind.TEXT;
      case "" -> throw new ApiException(415, "missing Content-Type: send application/json, text/html or text/plain");
      default -> throw new ApiException(415,
          "unsupported Content-Type " + media.type() + ": send application/json, text/html or text/plain");
    };
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
