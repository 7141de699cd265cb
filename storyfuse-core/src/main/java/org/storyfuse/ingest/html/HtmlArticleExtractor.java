package org.storyfuse.ingest.html;

import org.storyfuse.ingest.Extraction;

/** Main-content and metadata extraction from an HTML page. (Being written: see issue 2.) */
public final class HtmlArticleExtractor {

  /**
   * @param html    the page or fragment
   * @param pageUrl the page's URL when known (resolves relative links, gives the host as outlet), else null
   */
  public Extraction extract(String html, String pageUrl) {
    throw new UnsupportedOperationException("HTML extraction is not written yet");
  }
}
