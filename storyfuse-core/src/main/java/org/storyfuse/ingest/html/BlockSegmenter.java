package org.storyfuse.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts a (cleaned) DOM into {@link TextBlock}s in reading order. Iterative, linear in the DOM. */
final class BlockSegmenter {

  private BlockSegmenter() {}

  /** At most this many blocks are kept: beyond them a page is not an article any more. */
  static final int MAX_BLOCKS = 50_000;

  /** Longest text kept for one block. */
  static final int MAX_BLOCK_CHARS = 100_000;

  private static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
      "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
      "td", "th", "ul", "caption", "frameset", "listing", "plaintext", "xmp", "search");

  static boolean isBlock(Element el) {
    String tag = el.normalName();
    return BLOCK_TAGS.contains(tag) || tag.indexOf('-') > 0;
  }

  static List<TextBlock> segment(Element root) {
    List<TextBlock> blocks = new ArrayList<>();
    Deque<Element> owners = new ArrayDeque<>();
    StringBuilder text = new StringBuilder();
    StringBuilder linkText = new StringBuilder();
    int[] anchorDepth = {0};

    NodeVisitor visitor = new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (text.length() < MAX_BLOCK_CHARS) {
            String s = t.getWholeText();
            text.append(s);
            if (anchorDepth[0] > 0) {
              linkText.append(' ').append(s);
            }
          }
        } else if (node instanceof Element el) {
          if (el.normalName().equals("br")) {
            flush();
          } else if (isBlock(el)) {
            flush();
            owners.push(el);
          } else if (el.normalName().equals("a")) {
            anchorDepth[0]++;
            // links start a new word even where the markup glues them to the text before
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el) {
          if (el.normalName().equals("a")) {
            anchorDepth[0] = Math.max(0, anchorDepth[0] - 1);
          } else if (isBlock(el) && !owners.isEmpty() && owners.peek() == el) {
            flush();
            owners.pop();
          }
        }
      }

      private void flush() {
        if (text.length() == 0) {
          return;
        }
        String normalized = TextNormalizer.normalize(text);
        text.setLength(0);
        String links = linkText.toString();
        linkText.setLength(0);
        if (normalized.isEmpty() || owners.isEmpty() || blocks.size() >= MAX_BLOCKS) {
          return;
        }
        int words = TextNormalizer.countWords(normalized);
        if (words == 0) {
          return;
        }
        int linkWords = Math.min(words, TextNormalizer.countWords(links));
        blocks.add(new TextBlock(owners.peek(), normalized, words, linkWords,
            TextNormalizer.countPunctuation(normalized), blocks.size()));
      }
    };
    owners.push(root);
    NodeTraversor.traverse(visitor, root);
    // traverse() calls tail(root), which flushed and popped it
    return blocks;
  }
}
