/**
 * Plain-text extraction: title, dateline, byline and body paragraphs of text dumps, with
 * boilerplate lines (share buttons, copyright, newsletter prompts) left out.
 *
 * <p>May import: model, ingest (the document types), ingest.dates, text (index terms) and
 * text.lexicon (weekday names).
 */
package org.storyfuse.ingest.text;
