package org.storyfuse.ingest;

import java.util.List;
import org.storyfuse.model.PublicationDate;

/**
 * What a content extractor read from one document, before container hints and language detection
 * are applied. Every field but {@code paragraphs} may be null.
 *
 * @param paragraphs body paragraphs in reading order, boilerplate removed (may be empty: the
 *                   {@link Extractor} then reports the document as having no article text)
 */
public record Extraction(
    String title,
    String byline,
    String outlet,
    PublicationDate published,
    String url,
    List<String> paragraphs) {

  public Extraction {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }
}
