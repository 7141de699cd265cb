package org.storyfuse.ingest.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.storyfuse.ingest.DocumentHints;
import org.storyfuse.ingest.SourceDocument;

/**
 * One news record as JSON, in the field names of news-please, CC-News dumps and news APIs, turned
 * into a document. Field lists are in order of preference.
 */
final class NewsJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> TEXT_FIELDS =
      List.of("maintext", "text", "body", "content", "description", "summary");
  /** Raw page HTML some crawl dumps carry instead of extracted text. */
  private static final List<String> HTML_FIELDS = List.of("html", "raw_html");
  private static final List<String> TITLE_FIELDS = List.of("title", "headline");
  private static final List<String> DATE_FIELDS =
      List.of("date_publish", "date_published", "datePublished", "date", "published", "publishedAt",
          "published_at", "pubDate");
  private static final List<String> OUTLET_FIELDS = List.of("source_domain", "source", "outlet", "publisher");
  private static final List<String> URL_FIELDS = List.of("url", "link");
  private static final List<String> BYLINE_FIELDS = List.of("authors", "author", "byline");
  private static final List<String> FETCHED_FIELDS = List.of("date_download", "crawled_at");

  private NewsJson() {}

  /** Parses JSON text; malformed JSON becomes a one-line reason with its line and column. */
  static JsonNode parse(String json) throws UnreadableInputException {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UnreadableInputException(describe(e));
    }
  }

  static boolean hasArticleText(JsonNode record) {
    return articleText(record) != null;
  }

  /** The record as a document, or an exception naming what is missing. */
  static SourceDocument toDocument(String origin, JsonNode record) throws UnreadableInputException {
    if (!record.isObject()) {
      throw new UnreadableInputException("not a JSON object but " + kindOf(record));
    }
    Body body = articleText(record);
    if (body == null) {
      String headline = firstText(record, TITLE_FIELDS);
      if (headline == null) {
        throw new UnreadableInputException(
            "no article text and no headline (none of the fields " + String.join(", ", TEXT_FIELDS) + ", "
                + String.join(", ", TITLE_FIELDS) + ")");
      }
      // A headline-only record (an index of stories, a headline feed) is news all the same: its
      // headline is its text, and grouping reads it as a title only (FeatureExtractor).
      body = new Body(headline, false);
    }
    SourceDocument.Kind kind =
        body.rawHtml() || HtmlSniffer.looksLikeHtml(body.text()) ? SourceDocument.Kind.HTML : SourceDocument.Kind.TEXT;
    DocumentHints hints =
        new DocumentHints(
            firstText(record, TITLE_FIELDS),
            firstText(record, OUTLET_FIELDS),
            byline(record),
            firstDate(record, DATE_FIELDS),
            firstText(record, URL_FIELDS),
            firstDate(record, FETCHED_FIELDS));
    return new SourceDocument(origin, kind, body.text(), hints);
  }

  private record Body(String text, boolean rawHtml) {}

  /** The record's article text, or null when it has none. */
  private static Body articleText(JsonNode record) {
    String text = firstText(record, TEXT_FIELDS);
    if (text != null) {
      return new Body(text, false);
    }
    String html = firstText(record, HTML_FIELDS);
    return html == null ? null : new Body(html, true);
  }

  private static String byline(JsonNode record) {
    for (String field : BYLINE_FIELDS) {
      JsonNode value = record.get(field);
      if (value != null && value.isArray()) {
        List<String> names = new ArrayList<>();
        value.forEach(v -> {
          String name = textOf(v);
          if (name != null) {
            names.add(name);
          }
        });
        if (!names.isEmpty()) {
          return String.join(", ", names);
        }
      } else if (textOf(value) != null) {
        return textOf(value);
      }
    }
    return null;
  }

  private static String firstText(JsonNode record, List<String> fields) {
    for (String field : fields) {
      String value = textOf(record.get(field));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Dates as written; epoch numbers (seconds or milliseconds) become ISO-8601 instants. */
  private static String firstDate(JsonNode record, List<String> fields) {
    for (String field : fields) {
      JsonNode value = record.get(field);
      if (value != null && value.isIntegralNumber()) {
        long n = value.asLong();
        // Past 10^11 a count of seconds would be after the year 5000: it must be milliseconds.
        return (Math.abs(n) >= 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n)).toString();
      }
      String text = textOf(value);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** Non-blank text of a string value, or of the "name" of an object ({"source": {"name": "BBC"}}). */
  private static String textOf(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isObject()) {
      return textOf(value.get("name"));
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().strip();
  }

  static String kindOf(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String describe(JsonProcessingException e) {
    String what = Reasons.oneLine(e.getOriginalMessage());
    int cut = what.indexOf(" at [Source"); // Jackson appends its own location; ours is shorter
    if (cut > 0) {
      what = what.substring(0, cut);
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return "malformed JSON: " + what + where;
  }
}
