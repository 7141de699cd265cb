package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article's paragraphs in reading order: the blocks inside the content root, minus furniture
 * regions inside it (share bars, related links, comments, captions-only blocks, ads, sign-ups),
 * link lists, furniture wording, the headline itself and the byline line.
 */
final class ParagraphCollector {

  private static final Pattern BYLINE_LINE = Pattern.compile(
      "(?i)^(?:(?:written|posted|published|reported|reviewed|edited)\\s+)?by\\s+\\p{Lu}.*");

  private ParagraphCollector() {}

  /**
   * @param byline     the page's stated writers (null when none), to tell notes about them
   * @param isDateLine tells a line that is only a date (dateline furniture) from text
   */
  static List<String> collect(Element root, List<TextBlock> blocks, ContentScorer scorer, String title,
      String byline, Predicate<String> isDateLine) {
    Map<Element, Boolean> kept = new IdentityHashMap<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element el)) {
          return FilterResult.SKIP_CHILDREN;
        }
        if (el != root && (scorer.isFurnitureWithin(el, root) || isFigureText(el))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        kept.put(el, true);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);

    Set<TextBlock> sections = SectionLabels.furniture(blocks, root, b -> kept.containsKey(b.owner()), byline);
    String titleKey = title == null ? null : TextNormalizer.comparable(title);
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TextBlock b : blocks) {
      if (!kept.containsKey(b.owner()) || !keep(b, titleKey) || isDateLine.test(b.text())
          || scorer.isSiteText(b) || sections.contains(b)) {
        continue;
      }
      if (b.words() >= 5 && !seen.add(b.text())) {
        continue; // the same paragraph twice: responsive duplicates, pull quotes
      }
      out.add(b.text());
    }
    return out;
  }

  /** Captions and the text of figures that hold no table or quotation. */
  private static boolean isFigureText(Element el) {
    String tag = el.normalName();
    if (tag.equals("figcaption")) {
      return true;
    }
    return tag.equals("figure") && el.getElementsByTag("table").isEmpty()
        && el.getElementsByTag("blockquote").isEmpty();
  }

  private static boolean keep(TextBlock b, String titleKey) {
    if (b.linkDensity() > 0.5 && !b.isProse()) {
      return false;
    }
    if (BoilerplateText.isBoilerplate(b.text())) {
      return false;
    }
    if (titleKey != null && b.words() <= 40 && TextNormalizer.comparable(b.text()).equals(titleKey)) {
      return false;
    }
    if (b.words() <= 8 && BYLINE_LINE.matcher(b.text()).matches()) {
      return false;
    }
    return true;
  }
}
