package org.storyfuse.ingest;

import java.util.Objects;

/**
 * One document as a reader found it, before extraction: the content in one of two shapes, plus
 * whatever metadata the container format already stated (JSON fields, feed item fields, WARC
 * headers). Extraction turns it into an {@link org.storyfuse.model.Article}.
 *
 * @param origin   provenance for messages and ids: a file path, with "#n" for the n-th record of a
 *                 multi-record container (JSONL line, WARC record, feed item)
 * @param kind     how to read {@code content}
 * @param content  the HTML page or fragment, or the plain text
 * @param hints    metadata stated by the container; fields may be null
 */
public record SourceDocument(String origin, Kind kind, String content, DocumentHints hints) {

  /** The shape of the content. */
  public enum Kind {
    /** A whole HTML page or an HTML fragment (feed item content). */
    HTML,
    /** Plain text, possibly with boilerplate lines (text dumps, JSON "maintext"). */
    TEXT
  }

  public SourceDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    hints = hints == null ? DocumentHints.NONE : hints;
  }
}
