package org.storyfuse.ingest.text;

import org.storyfuse.ingest.Extraction;

/** Title, dates and body from a plain-text dump, boilerplate lines removed. (Being written: issue 2.) */
public final class TextArticleExtractor {

  public Extraction extract(String text) {
    throw new UnsupportedOperationException("text extraction is not written yet");
  }
}
