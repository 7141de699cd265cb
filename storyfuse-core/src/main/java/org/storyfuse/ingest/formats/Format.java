package org.storyfuse.ingest.formats;

/** The input formats Storyfuse reads. */
enum Format {
  TEXT(false),
  HTML(true),
  JSON(false),
  JSON_LINES(false),
  FEED(true),
  WARC(false);

  /** Markup formats may declare their own charset (meta tag, XML declaration). */
  final boolean markup;

  Format(boolean markup) {
    this.markup = markup;
  }
}
