package org.storyfuse.ingest.html;

import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what a reader never sees as text before the content is scored: scripts, styles,
 * templates, embedded media and forms' controls, comments, and elements the page hides.
 * Works in place, iteratively (no recursion, whatever the nesting depth).
 */
final class PageCleaner {

  private PageCleaner() {}

  private static final java.util.Set<String> DROP_TAGS = java.util.Set.of(
      "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame",
      "frameset", "object", "embed", "applet", "video", "audio", "source", "track", "map",
      "area", "input", "textarea", "select", "option", "optgroup", "button", "datalist",
      "output", "progress", "meter", "head", "link", "meta", "base", "title", "picture", "img",
      "dialog", "slot");

  /** Cleans {@code doc} in place. */
  static void clean(Document doc) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment || node instanceof DataNode) {
          return FilterResult.REMOVE;
        }
        if (node instanceof Element el && el != doc && isInvisible(el)) {
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  static boolean isInvisible(Element el) {
    String tag = el.normalName();
    if (DROP_TAGS.contains(tag)) {
      return true;
    }
    if (el.hasAttr("hidden")) {
      return true;
    }
    String style = el.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    String cls = el.className();
    if (!cls.isEmpty()) {
      String c = " " + cls.toLowerCase(Locale.ROOT) + " ";
      if (c.contains(" sr-only ") || c.contains(" screen-reader-text ") || c.contains(" visually-hidden ")
          || c.contains(" visuallyhidden ") || c.contains(" screen-reader-only ")
          || c.contains(" element-invisible ") || c.contains(" a11y-hidden ")) {
        return true;
      }
    }
    return false;
  }
}
