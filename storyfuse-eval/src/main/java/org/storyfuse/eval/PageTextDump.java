package org.storyfuse.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page as a plain-text dump: its visible text the way a browser's select-all-and-copy gives it —
 * each block on a line of its own, a blank line around paragraphs, headings, lists, quotes, figures
 * and tables, table cells on one line. Scripts, styles, templates and elements hidden by the
 * {@code hidden} attribute, {@code aria-hidden} or an inline {@code display:none} are left out.
 * It lets the extraction benchmark's pages score the plain-text extractor, whose real inputs are
 * such dumps (the seeds are some), against the same annotations.
 */
public final class PageTextDump {

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head",
      "iframe", "canvas", "select", "object", "video", "audio", "math");
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "figure", "pre", "table", "ul", "ol", "dl", "address", "details", "form", "hr");
  private static final Set<String> LINES = Set.of("div", "li", "tr", "br", "section", "article", "header",
      "footer", "nav", "aside", "main", "figcaption", "dt", "dd", "summary", "caption", "label", "fieldset",
      "legend", "button");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

  private PageTextDump() {}

  public static String render(String html) {
    Element body = Jsoup.parse(html).body();
    StringBuilder out = new StringBuilder();
    // breaks between blocks collapse, as a browser's do: the strongest pending one is written
    // before the next text
    int[] pending = {NONE};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          String text = SPACES.matcher(textNode.getWholeText().replace('\n', ' ')).replaceAll(" ");
          if (text.isBlank()) {
            if (pending[0] == NONE) {
              out.append(' ');
            }
          } else {
            if (out.length() > 0) {
              out.append(SEPARATORS[pending[0]]);
            }
            pending[0] = NONE;
            out.append(text);
          }
          return FilterResult.CONTINUE;
        }
        if (node instanceof Element e) {
          if (isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          pending[0] = Math.max(pending[0], breakFor(e.normalName()));
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          pending[0] = Math.max(pending[0], breakFor(e.normalName()));
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    StringBuilder text = new StringBuilder(out.length());
    for (String line : out.toString().split("\n", -1)) {
      text.append(line.strip()).append('\n');
    }
    return BLANK_RUNS.matcher(text).replaceAll("\n\n").strip() + "\n";
  }

  /** Breaks between blocks, weakest first; a stronger one wins where several meet. */
  private static final int NONE = 0;
  private static final int CELL = 1;
  private static final int LINE = 2;
  private static final int PARAGRAPH = 3;
  private static final String[] SEPARATORS = {"", "\t", "\n", "\n\n"};

  private static int breakFor(String tag) {
    if (PARAGRAPHS.contains(tag)) {
      return PARAGRAPH;
    }
    if (LINES.contains(tag)) {
      return LINE;
    }
    return tag.equals("td") || tag.equals("th") ? CELL : NONE;
  }

  private static boolean isHidden(Element e) {
    if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }
}
