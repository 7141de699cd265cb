package org.storyfuse.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.storyfuse.ingest.DocumentExtractor;
import org.storyfuse.ingest.ExtractionException;
import org.storyfuse.ingest.SourceDocument;
import org.storyfuse.ingest.formats.BodyReader;
import org.storyfuse.ingest.formats.UnreadableInputException;
import org.storyfuse.model.Article;

/**
 * Turns a POSTed body into articles with the ingest stage's own readers and extractor, by
 * Content-Type: news JSON (news-please / CC-News field names) — one object for one article, an
 * array of objects for several —, JSON Lines (one object per line) for several, an HTML page, or
 * plain text. A body is taken whole or refused whole: JSON with anything after its value, a line
 * that is no object, an element that holds no article — each is a 400 naming what is wrong.
 */
final class ArticleIntake {

  /** Most articles one request may carry. */
  static final int MAX_ARTICLES = 1_000;

  static final Set<String> JSON_LINES_TYPES =
      Set.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines");

  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private final DocumentExtractor extractor;

  ArticleIntake(DocumentExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * What a body held.
   *
   * @param articles the articles, in the body's order
   * @param several  whether the body was a list (a JSON array or JSON Lines), answered with a list
   */
  record Intake(List<Article> articles, boolean several) {}

  /** @throws ApiException 415 for a media type it does not read, 400 when the body is not exactly what it should be */
  Intake read(String contentType, byte[] body) {
    MediaType media = MediaType.parse(contentType);
    // The origin (and so the article ids) comes from the bytes: the same body posted twice gets the
    // same ids, and two different bodies never collide, whatever URL they claim.
    String origin = "posted:" + digest(body);
    if (media.isJson()) {
      JsonNode root = parse(text(body, media), "the JSON body");
      if (root.isArray()) {
        List<JsonNode> elements = new ArrayList<>();
        root.forEach(elements::add);
        return new Intake(articles(origin, elements, "element"), true);
      }
      if (!root.isObject()) {
        throw ApiException.badRequest("the JSON body is " + kind(root) + ", not an article object or an array of them");
      }
      return new Intake(List.of(article(origin, BodyReader.Kind.JSON, json(root), "the body")), false);
    }
    if (JSON_LINES_TYPES.contains(media.type())) {
      List<JsonNode> lines = new ArrayList<>();
      String[] split = text(body, media).split("\r?\n", -1);
      for (int i = 0; i < split.length; i++) {
        if (split[i].isBlank()) {
          continue;
        }
        JsonNode line = parse(split[i], "line " + (i + 1));
        if (!line.isObject()) {
          throw ApiException.badRequest("line " + (i + 1) + " is " + kind(line) + ", not an article object");
        }
        lines.add(line);
      }
      return new Intake(articles(origin, lines, "line"), true);
    }
    BodyReader.Kind kind = switch (media.type()) {
      case "text/html", "application/xhtml+xml" -> BodyReader.Kind.HTML;
      case "text/plain" -> BodyReader.Kind.TEXT;
      case "" -> throw new ApiException(415, "missing Content-Type: send application/json, application/x-ndjson, "
          + "text/html or text/plain");
      default -> throw new ApiException(415, "unsupported Content-Type " + media.type()
          + ": send application/json, application/x-ndjson, text/html or text/plain");
    };
    return new Intake(List.of(article(origin, kind, body, media.charset(), "the body")), false);
  }

  private List<Article> articles(String origin, List<JsonNode> records, String what) {
    if (records.isEmpty()) {
      throw ApiException.badRequest("no articles: the " + (what.equals("line") ? "body has no lines" : "array is empty"));
    }
    if (records.size() > MAX_ARTICLES) {
      throw ApiException.badRequest(records.size() + " articles in one request, more than " + MAX_ARTICLES
          + ": send them in several");
    }
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode r = records.get(i);
      String name = what + " " + (i + 1);
      if (!r.isObject()) {
        throw ApiException.badRequest(name + " is " + kind(r) + ", not an article object");
      }
      out.add(article(origin + "#" + (i + 1), BodyReader.Kind.JSON, json(r), name));
    }
    return out;
  }

  private Article article(String origin, BodyReader.Kind kind, byte[] bytes, String what) {
    return article(origin, kind, bytes, "utf-8", what);
  }

  private Article article(String origin, BodyReader.Kind kind, byte[] bytes, String charset, String what) {
    SourceDocument document;
    try {
      document = BodyReader.read(origin, kind, bytes, charset);
    } catch (UnreadableInputException e) {
      throw ApiException.badRequest(prefix(what) + "unreadable " + kind.name().toLowerCase(Locale.ROOT) + ": "
          + e.getMessage());
    }
    try {
      Article article = extractor.extract(document);
      if (article == null) {
        throw ApiException.badRequest(prefix(what) + "no article found");
      }
      return article;
    } catch (ExtractionException e) {
      throw ApiException.badRequest(prefix(what) + "no article found: " + e.getMessage());
    }
  }

  private static String prefix(String what) {
    return what.equals("the body") ? "" : what + ": ";
  }

  /** The body as text: JSON is UTF-8 unless the sender declared another charset. */
  private static String text(byte[] body, MediaType media) {
    if (body.length == 0) {
      throw ApiException.badRequest("empty body");
    }
    Charset charset = StandardCharsets.UTF_8;
    if (media.charset() != null) {
      try {
        charset = Charset.forName(media.charset());
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("unknown charset " + media.charset());
      }
    }
    String text = new String(body, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static JsonNode parse(String text, String what) {
    if (text.isBlank()) {
      throw ApiException.badRequest("empty body");
    }
    try {
      return STRICT.readTree(text);
    } catch (JsonProcessingException e) {
      String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
      throw ApiException.badRequest("malformed JSON in " + what + ": " + oneLine(reason)
          + (reason.contains("Trailing token") ? " (one JSON value per body: send several articles as a JSON array"
              + " or as JSON Lines with Content-Type application/x-ndjson)" : ""));
    }
  }

  private static byte[] json(JsonNode node) {
    try {
      return STRICT.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write back a parsed JSON value", e);
    }
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "not JSON";
    };
  }

  private static String oneLine(String s) {
    String line = s.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 199) + "…" : line;
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
