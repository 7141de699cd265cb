package org.storyfuse.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The article text a page states in its JSON-LD {@code articleBody}, normalised as extracted text
 * is ({@link TextNormalizer#normalize}), to tell whether a hidden element is the article's own: news
 * pages collapse the rest of a story behind "Continue reading" and state the whole story in their
 * metadata. One per page: it counts its look-ups, so not thread-safe.
 */
final class StatedText {

  /** Text a hidden element must hold before it is compared (labels and buttons are not). */
  static final int MIN_CHARS = 100;

  /** Characters of the hidden text's start and end looked up in the stated body. */
  static final int PROBE_CHARS = 200;

  /** Hidden elements compared per page at most: each look-up scans the stated body (bounded work). */
  static final int MAX_LOOKUPS = 200;

  /** The page's {@code articleBody} as given, read into {@link #text} only when a hidden element asks. */
  private final String articleBody;
  private String text;
  private int lookups;

  private StatedText(String articleBody) {
    this.articleBody = articleBody;
  }

  static StatedText of(String articleBody) {
    return new StatedText(articleBody == null ? "" : articleBody);
  }

  /** Whether the stated body holds {@code el}'s text: its first and last characters, whitespace aside. */
  boolean holds(Element el) {
    if (articleBody.isBlank()) {
      return false;
    }
    String t = TextNormalizer.normalize(el.text());
    if (t.length() < MIN_CHARS || lookups >= MAX_LOOKUPS) {
      return false;
    }
    lookups++;
    if (text == null) {
      text = TextNormalizer.normalize(articleBody.contains("<") ? Jsoup.parseBodyFragment(articleBody).text() : articleBody);
    }
    String head = t.substring(0, Math.min(PROBE_CHARS, t.length()));
    String tail = t.substring(Math.max(0, t.length() - PROBE_CHARS));
    return text.contains(head) && text.contains(tail);
  }
}
