package org.storyfuse.ingest.html;

import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
        if (node instanceof Element el && el != doc) {
          if (DROP_TAGS.contains(el.normalName())) {
            return FilterResult.REMOVE;
          }
          if (isHidden(el) && !holdsText(el, HIDDEN_TEXT_KEPT)) {
            return FilterResult.REMOVE;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  /**
   * Hidden elements holding at least this many characters of text are kept: script-driven pages
   * (streamed server rendering, "read more" expanders) ship the article itself hidden.
   */
  static final int HIDDEN_TEXT_KEPT = 1_500;

  /** True when the text under {@code el} reaches {@code chars} characters (stops counting there). */
  static boolean holdsText(Element el, int chars) {
    int[] n = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          n[0] += t.getWholeText().strip().length();
        } else if (node instanceof Element e && DROP_TAGS.contains(e.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        }
        return n[0] >= chars ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, el);
    return n[0] >= chars;
  }

  /** Hidden by attribute, inline style or a screen-reader-only class. */
  static boolean isHidden(Element el) {
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
