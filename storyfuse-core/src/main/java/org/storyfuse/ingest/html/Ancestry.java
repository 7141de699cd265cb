package org.storyfuse.ingest.html;

import org.jsoup.nodes.Element;

/**
 * Walks up an element's ancestors: whether one element lies inside another, which child of a parent
 * holds it, and where two elements meet. Identity, not equality: two equal-looking boxes on a page
 * are different places. Stateless.
 */
final class Ancestry {

  private Ancestry() {}

  /** Whether {@code el} is {@code ancestor} or lies inside it. */
  static boolean isInside(Element el, Element ancestor) {
    for (Element a = el; a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The child of {@code parent} that is or holds {@code el}; null when {@code el} is not under it
   * within {@link ContentScorer#MAX_ANCESTORS} levels (a hostile page nests without end, and every
   * block asks).
   */
  static Element childOf(Element parent, Element el) {
    Element a = el;
    for (int i = 0; a != null && i < ContentScorer.MAX_ANCESTORS; i++) {
      Element up = a.parent();
      if (up == parent) {
        return a;
      }
      a = up;
    }
    return null;
  }

  /**
   * The nearest of {@code el} and its ancestors below {@code stop} that {@code test} accepts; null when none does
   * within {@link ContentScorer#MAX_ANCESTORS} levels.
   */
  static Element nearest(Element el, java.util.function.Predicate<Element> test, Element stop) {
    Element a = el;
    for (int i = 0; a != null && a != stop && i < ContentScorer.MAX_ANCESTORS; i++) {
      if (test.test(a)) {
        return a;
      }
      a = a.parent();
    }
    return null;
  }

  /** The innermost element that holds both {@code a} and {@code b}; null when they share no ancestor. */
  static Element commonAncestor(Element a, Element b) {
    for (Element e = a; e != null; e = e.parent()) {
      if (isInside(b, e)) {
        return e;
      }
    }
    return null;
  }
}
