package org.storyfuse.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.storyfuse.ingest.html.BoilerplateHints.Hint;

/**
 * Finds the element that holds the article: the subtree whose prose outweighs the furniture it
 * would drag in (a maximum-weight subtree over the DOM). Prose counts for a subtree, link lists and
 * text inside navigation, sharing, related-links, comment and similar regions count against it, so
 * the winner is the smallest element that takes in the article without taking in the page around
 * it. Text confirmed by the page's JSON-LD {@code articleBody} weighs more.
 */
final class ContentScorer {

  /** Ancestors looked at above each block; deeper nesting than this is not credited further up. */
  static final int MAX_ANCESTORS = 250;

  /** What a word inside recognised furniture costs a candidate. */
  static final double FURNITURE_WEIGHT = 1.0;

  /**
   * What a word inside a comment section costs: little, since the collector reliably drops such
   * sections, and blogs put them right inside the post's own container.
   */
  static final double DISCUSSION_WEIGHT = 0.1;

  /** What a word of a furniture line ("Share", "Read more") costs: the collector drops those too. */
  static final double PHRASE_WEIGHT = 0.5;

  /** Per-element sums over the blocks inside it. */
  static final class Stats {
    int words;
    int linkWords;
    /** Words of prose blocks, whatever region they sit in. */
    int prose;
    /** Prose minus furniture, as credited to this element when it is a candidate. */
    double value;
  }

  private final Element body;
  private final List<TextBlock> blocks;
  private final Set<TextBlock> confirmed;
  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final Map<Element, Hint> hints = new IdentityHashMap<>();
  /**
   * Elements that are, or sit inside, page furniture at the page level, with what a word there
   * costs the candidates above.
   */
  private final Map<Element, Double> underFurniture = new IdentityHashMap<>();

  /**
   * @param body      the cleaned page body (or fragment root)
   * @param blocks    its blocks
   * @param confirmed blocks whose words the page's JSON-LD articleBody also holds
   */
  ContentScorer(Element body, List<TextBlock> blocks, Set<TextBlock> confirmed) {
    this.body = body;
    this.blocks = blocks;
    this.confirmed = confirmed;
    sumUp();
    markFurniture();
    credit();
  }

  Stats stats(Element el) {
    Stats s = stats.get(el);
    return s == null ? new Stats() : s;
  }

  Hint hint(Element el) {
    return hints.computeIfAbsent(el, BoilerplateHints::of);
  }

  /** The element most likely to hold the article; {@code body} when nothing stands out. */
  Element chooseRoot() {
    Element[] best = {null};
    double[] bestScore = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element el)) {
          return;
        }
        Stats s = stats.get(el);
        if (s == null || underFurniture.containsKey(el)) {
          return;
        }
        double score = s.value;
        if (score > bestScore[0]) {
          bestScore[0] = score;
          best[0] = el;
        }
      }
    }, body);
    return best[0] == null ? body : best[0];
  }

  /**
   * True when, inside the chosen {@code root}, {@code el} is furniture to leave out: it says so by
   * its tag, class, id or role and does not hold most of the root's prose.
   */
  boolean isFurnitureWithin(Element el, Element root) {
    return isFurniture(el, stats(root).prose, 0.5);
  }

  /**
   * Furniture that holds less than {@code share} of {@code scopeProse}: a region that names itself
   * furniture but holds most of the prose around it is the content under an unlucky name. Weak
   * furniture names count only over text that is not prose.
   */
  private boolean isFurniture(Element el, int scopeProse, double share) {
    Hint h = hint(el);
    if (h != Hint.FURNITURE && h != Hint.WEAK_FURNITURE) {
      return false;
    }
    Stats s = stats(el);
    if (scopeProse > 0 && s.prose >= share * scopeProse) {
      return false;
    }
    if (h == Hint.WEAK_FURNITURE) {
      return s.prose < 0.5 * s.words || s.linkWords > 0.4 * s.words;
    }
    // a sizeable region of plain prose is content whatever its name says ("content-nav-section"),
    // unless it is a discussion: comments are prose too
    boolean prose = s.prose >= 100 && s.prose >= 0.7 * s.words && s.linkWords < 0.15 * s.words;
    return !prose || BoilerplateHints.isDiscussion(el);
  }

  // ---------------------------------------------------------------------------------------------

  private void sumUp() {
    for (TextBlock b : blocks) {
      int prose = b.isProse() ? b.words() : 0;
      Element a = b.owner();
      for (int i = 0; a != null && i < MAX_ANCESTORS; i++, a = a.parent()) {
        Stats s = stats.computeIfAbsent(a, k -> new Stats());
        s.words += b.words();
        s.linkWords += b.linkWords();
        s.prose += prose;
        if (a == body) {
          break;
        }
      }
    }
  }

  private void markFurniture() {
    int pageProse = stats(body).prose;
    int[] open = {0};
    double[] weight = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element el) {
          Stats s = stats.get(el);
          if (s == null) {
            return; // no text inside: irrelevant
          }
          if (open[0] > 0) {
            underFurniture.put(el, weight[0]);
            open[0]++;
          } else if (el != body && isFurniture(el, pageProse, 0.6)) {
            weight[0] = BoilerplateHints.isDiscussion(el) ? DISCUSSION_WEIGHT : FURNITURE_WEIGHT;
            underFurniture.put(el, weight[0]);
            open[0]++;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el && underFurniture.containsKey(el)) {
          open[0]--;
        }
      }
    }, body);
  }

  private void credit() {
    for (TextBlock b : blocks) {
      Double cost = underFurniture.get(b.owner());
      double value = cost != null ? -cost * b.words() : blockValue(b);
      Element a = b.owner();
      for (int i = 0; a != null && i < MAX_ANCESTORS; i++, a = a.parent()) {
        if (!underFurniture.containsKey(a)) {
          stats.get(a).value += value;
        }
        if (a == body) {
          break;
        }
      }
    }
  }

  private double blockValue(TextBlock b) {
    double ld = b.linkDensity();
    if (ld >= 0.5) {
      return -b.words();
    }
    if (BoilerplateText.isBoilerplate(b.text())) {
      return -PHRASE_WEIGHT * b.words();
    }
    boolean isConfirmed = confirmed.contains(b);
    if (b.isProse()) {
      return b.words() * (1 - ld) * (isConfirmed ? 3 : 1);
    }
    return isConfirmed ? b.words() : 0;
  }
}
