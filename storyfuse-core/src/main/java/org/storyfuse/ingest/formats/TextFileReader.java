package org.storyfuse.ingest.formats;

import org.storyfuse.ingest.DocumentHints;
import org.storyfuse.ingest.SourceDocument;

/**
 * A plain-text file is one text document; the container states no metadata. Text that is plainly
 * not an article (licence text, a table, a README) is skipped with a notice saying why.
 */
final class TextFileReader implements FormatReader {

  @Override
  public void read(String origin, String text, Records out) {
    var notArticle = NonArticleText.reason(text);
    if (notArticle.isPresent()) {
      out.notice("skipped: not an article (" + notArticle.get() + ")");
      return;
    }
    // One line-ending convention, so the text extractor splits paragraphs the same on every platform.
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    out.add(new SourceDocument(origin, SourceDocument.Kind.TEXT, normalised, DocumentHints.NONE));
  }
}
