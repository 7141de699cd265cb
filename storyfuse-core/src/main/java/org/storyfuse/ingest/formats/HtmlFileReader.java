package org.storyfuse.ingest.formats;

import org.storyfuse.ingest.DocumentHints;
import org.storyfuse.ingest.SourceDocument;

/**
 * An HTML file is one HTML document. Malformed markup is passed on as it is: the HTML extractor's
 * parser repairs it as browsers do.
 */
final class HtmlFileReader implements FormatReader {

  @Override
  public void read(String origin, String text, Records out) {
    out.add(new SourceDocument(origin, SourceDocument.Kind.HTML, text, DocumentHints.NONE));
  }
}
