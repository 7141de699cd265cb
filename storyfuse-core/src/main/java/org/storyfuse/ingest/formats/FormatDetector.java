package org.storyfuse.ingest.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides a file's format: by its extension first (ignoring a trailing ".gz"), then by sniffing its
 * first bytes, so a ".dat" holding HTML or JSON still reads.
 */
final class FormatDetector {

  /** How many leading bytes sniffing looks at. */
  static final int SNIFF_BYTES = 8192;

  private static final Pattern FEED_ROOT =
      Pattern.compile("<(?:rss|feed|rdf:rdf)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_DOCUMENT =
      Pattern.compile("<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]", Pattern.CASE_INSENSITIVE);

  private FormatDetector() {}

  /** The format the file name states, or empty when the name says nothing (".dat", ".xml", none). */
  static Optional<Format> fromName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> Optional.of(Format.TEXT);
      case "html", "htm", "xhtml", "shtml" -> Optional.of(Format.HTML);
      case "json" -> Optional.of(Format.JSON);
      case "jsonl", "ndjson", "jsonlines" -> Optional.of(Format.JSON_LINES);
      case "rss", "atom", "rdf" -> Optional.of(Format.FEED);
      case "warc" -> Optional.of(Format.WARC);
      default -> Optional.empty(); // ".xml" may be a feed or XHTML: sniff it
    };
  }

  /** The format the first bytes suggest; plain text when nothing more specific shows. */
  static Format sniff(byte[] head) {
    TextDecoding.Bom bom = TextDecoding.Bom.of(head);
    // Markers are ASCII: Latin-1 finds them in any ASCII-compatible charset.
    String text =
        bom == null
            ? new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
            : new String(head, bom.length, head.length - bom.length, bom.charset);
    String start = text.stripLeading();
    String lower = start.toLowerCase(Locale.ROOT);
    if (start.startsWith("WARC/")) {
      return Format.WARC;
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return Format.JSON; // JSON vs JSON lines is decided on the full text
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      return Format.HTML;
    }
    if (FEED_ROOT.matcher(start).find()) {
      return Format.FEED;
    }
    if (HTML_DOCUMENT.matcher(start).find()) {
      return Format.HTML; // e.g. a saved page with junk before the doctype
    }
    if (lower.startsWith("<?xml")) {
      return Format.FEED; // the feed reader names any other XML as "not a feed"
    }
    if (lower.startsWith("<") && HtmlSniffer.looksLikeHtml(start)) {
      return Format.HTML; // a bare fragment: <p>…</p>
    }
    return Format.TEXT;
  }
}
