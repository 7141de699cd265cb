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
 * templates, embedded media, other sites' embedded posts ({@link EmbeddedPost}) and forms'
 * controls, comments, and elements the page hides (but not
 * the collapsed sections of its text, see {@link CollapsedSection}).
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

  /** Set on the element that held a "Reply" button the cleaner removed: where a readers' post was. */
  static final String REPLY_MARK = "data-storyfuse-reply";

  /** Set on the element that held a picture the cleaner removed: where a gallery's slides show one. */
  static final String IMAGE_MARK = "data-storyfuse-image";

  /** Set on the element that held a radio button the cleaner removed: where a poll's or a quiz's answers were. */
  static final String CHOICE_MARK = "data-storyfuse-choice";

  /** Set on the element that held an e-mail field the cleaner removed: where a sign-up box was. */
  static final String EMAIL_MARK = "data-storyfuse-email";

  /** An e-mail address field, by its type or, where a page leaves it "text", by its name or placeholder. */
  static boolean isEmailField(Element el) {
    if (!el.normalName().equals("input")) {
      return false;
    }
    String type = el.attr("type").toLowerCase(Locale.ROOT);
    if (type.equals("email")) {
      return true;
    }
    return (type.isEmpty() || type.equals("text"))
        && (el.attr("name") + " " + el.attr("placeholder") + " " + el.attr("autocomplete")).toLowerCase(Locale.ROOT).contains("mail");
  }

  /** A control's text that answers a post: "Reply", "Reply to Anna". */
  static boolean isReplyLabel(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    return t.equals("reply") || (t.startsWith("reply to ") && t.split("\\s+").length <= 4);
  }

  /** Cleans {@code doc} in place. */
  static void clean(Document doc) {
    clean(doc, null);
  }

  /**
   * Cleans {@code doc} in place; a hidden element whose text the page's own JSON-LD
   * {@code articleBody} states is kept: the rest of a story collapsed behind "Continue reading".
   */
  static void clean(Document doc, String statedBody) {
    StatedText stated = StatedText.of(statedBody);
    resolveStreamedChunks(doc);
    NodeTraversor.filter(new NodeFilter() {
      /**
       * The collapsed section being walked, if any: panels inside it are not weighed again, so each
       * element is read by at most one such check (linear work, however deep hostile nesting goes).
       */
      Element section;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment || node instanceof DataNode) {
          return FilterResult.REMOVE;
        }
        if (node instanceof Element el && el != doc) {
          if (DROP_TAGS.contains(el.normalName()) || EmbeddedPost.isEmbeddedPost(el)) {
            if (el.normalName().equals("button") && el.parent() != null && isReplyLabel(el.text())) {
              el.parent().attr(REPLY_MARK, ""); // a thread's post, known by its control (ReaderThreads)
            }
            if (el.normalName().equals("input") && el.attr("type").equalsIgnoreCase("radio") && el.parent() != null) {
              el.parent().attr(CHOICE_MARK, ""); // one answer of a poll (ContentScorer)
            }
            if (isEmailField(el) && el.parent() != null) {
              el.parent().attr(EMAIL_MARK, ""); // a sign-up box, known by its address field in any language (ContentScorer)
            }
            if ((el.normalName().equals("img") || el.normalName().equals("picture")) && el.parent() != null) {
              el.parent().attr(IMAGE_MARK, ""); // a slide, known by its picture (ParagraphCollector)
            }
            return FilterResult.REMOVE;
          }
          if (isHidden(el) && !holdsText(el, HIDDEN_TEXT_KEPT)) {
            if (section != null || !(CollapsedSection.isCollapsedSection(el) || stated.holds(el))) {
              return FilterResult.REMOVE;
            }
            section = el;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node == section) {
          section = null;
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  /** More streamed chunks than this are not put in place (bounded work on hostile pages). */
  static final int MAX_STREAMED_CHUNKS = 5_000;

  /** React writes chunk and boundary numbers in hexadecimal: "S:9", then "S:a", …, "S:1f". */
  private static final java.util.regex.Pattern CHUNK_ID = java.util.regex.Pattern.compile("S:([0-9a-f]{1,9})");

  /**
   * Puts streamed chunks where the page's script would: React's streaming server rendering (every
   * Next.js app-router page) sends the article in pieces at the end of the page, each in a hidden
   * {@code <div id="S:n">}, and a script moves each into the place of its {@code <template
   * id="B:n">}, dropping the fallback there ("Loading paragraph...") up to the boundary's end
   * comment. A chunk that completes a segment inside another one goes to its {@code <template
   * id="P:n">} instead, which has no fallback; "S:" and "P:" share their numbers, so a "P:n" is
   * preferred to a "B:n" (React writes the pairing in a script, which archived pages lose). Without
   * this the article is scattered over hidden blocks at the bottom: small ones are dropped as
   * hidden, and the scorer sees one piece at a time.
   */
  static void resolveStreamedChunks(Document doc) {
    java.util.Map<String, Element> templates = new java.util.HashMap<>();
    java.util.List<Element> chunks = new java.util.ArrayList<>();
    for (Element el : doc.getAllElements()) {
      String id = el.id();
      if (id.length() < 3 || id.charAt(1) != ':') {
        continue;
      }
      if (el.normalName().equals("template") && id.charAt(0) == 'P') {
        templates.put(id.substring(2), el);
      } else if (el.normalName().equals("template") && id.charAt(0) == 'B') {
        templates.putIfAbsent(id.substring(2), el);
      } else if (id.charAt(0) == 'S' && el.hasAttr("hidden") && CHUNK_ID.matcher(id).matches()
          && chunks.size() < MAX_STREAMED_CHUNKS) {
        chunks.add(el);
      }
    }
    for (Element chunk : chunks) {
      Element template = templates.get(chunk.id().substring(2));
      if (template == null || template.parent() == null || Ancestry.isInside(template, chunk)) {
        continue;
      }
      // the fallback shown until the chunk arrives: up to the boundary's end comment <!--/$-->,
      // when there is one close by (without it, what follows is the page's own)
      java.util.List<Node> fallback = new java.util.ArrayList<>();
      Node next = template.id().charAt(0) == 'B' ? template.nextSibling() : null;
      for (int i = 0; next != null && i < 20; i++, next = next.nextSibling()) {
        if (next instanceof Comment c && c.getData().strip().equals("/$")) {
          fallback.forEach(Node::remove);
          break;
        }
        fallback.add(next);
      }
      java.util.List<Node> content = new java.util.ArrayList<>(chunk.childNodes());
      for (Node n : content) {
        template.before(n);
      }
      template.remove();
      chunk.remove();
    }
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
