package org.storyfuse.ingest;

/**
 * Metadata a container format states about a document. Every field may be null. Extraction prefers
 * these over what it reads from the content, except where noted.
 *
 * @param title      headline
 * @param outlet     outlet name or source domain
 * @param byline     author(s)
 * @param published  publication date or date-time as the container wrote it (any common format)
 * @param url        the article's URL
 * @param fetched    when a crawler fetched it (WARC-Date): a weak upper bound, never the publication date
 */
public record DocumentHints(
    String title, String outlet, String byline, String published, String url, String fetched) {

  public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);
}
