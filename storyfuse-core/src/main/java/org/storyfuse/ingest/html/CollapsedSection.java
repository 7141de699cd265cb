package org.storyfuse.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A collapsed section of the text: the hidden panel of an accordion or a "collapse" widget that a
 * reader opens with one click ("Weeks 1–2", "How much does it cost?"). Guides ship whole parts of
 * their body this way, hidden until opened; a menu or a link list folded the same way is not text.
 */
final class CollapsedSection {

  private CollapsedSection() {}

  /** Levels looked at for the widget's name: the panel, its wrapper, the item around both. */
  private static final int LEVELS = 3;

  /** Text a panel holds before it counts as a section of the body rather than a label. */
  static final int MIN_CHARS = 100;

  /**
   * Whether hidden {@code el} is such a panel: it or one of the two elements above it names itself
   * an accordion or a collapse (not a FAQ), and it holds a little text that is mostly not link text.
   */
  static boolean isCollapsedSection(Element el) {
    if (!namesCollapsible(el)) {
      return false;
    }
    int chars = el.text().length();
    if (chars < MIN_CHARS) {
      return false;
    }
    int linkChars = 0;
    for (Element a : el.getElementsByTag("a")) {
      linkChars += a.text().length();
    }
    return linkChars < 0.5 * chars;
  }

  /**
   * An accordion or collapse named at one of the {@link #LEVELS}, and no FAQ at any: the answers of
   * a FAQ block under an article are the page's, not the article's, folded or not.
   */
  private static boolean namesCollapsible(Element el) {
    boolean collapsible = false;
    Element e = el;
    for (int i = 0; i < LEVELS && e != null; i++, e = e.parent()) {
      for (String t : BoilerplateHints.tokens(e.className() + " " + e.id())) {
        if (t.startsWith("faq")) {
          return false;
        }
        collapsible |= t.startsWith("accordion") || t.startsWith("collaps");
      }
    }
    return collapsible;
  }
}
