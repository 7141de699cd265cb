package org.storyfuse.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Sections of the page that a heading names as furniture: "About the author", "Related articles",
 * "Read this next", "Recent posts", "Disclaimer". Inside the content root they follow the article
 * (or sit in it as a box), and what they hold reads like prose — a biography, teasers of other
 * articles, legal text — so neither link density nor the prose weighing tells them from the
 * article; their heading does, on any site. {@link BoilerplateText} drops such a label line alone;
 * this drops the section it heads.
 *
 * <p>A section is the label's container when the label is the first text of a box that holds
 * more (an author box, a related-posts widget): the box's blocks are dropped. When the label is a
 * heading among the article's own paragraphs (a flat body), the blocks after it are dropped up to
 * the next heading of the same or a higher rank inside the same parent. A label that is a plain
 * line (not {@code <h1>}–{@code <h6>}) drops only the link lists and short lines after it: an
 * inline "Related:" box in a news body is followed by more of the article. Labels before the
 * article's first prose, and boxes that hold more prose than the article kept so far, are left to
 * the other rules: a sidebar's "Popular posts" above the article must not take the article with it.
 * Stateless and thread-safe.
 */
final class SectionLabels {

  private SectionLabels() {}

  /** Article prose (words) that must precede a label before its section is dropped. */
  static final int MIN_ARTICLE_WORDS_BEFORE = 50;

  /** Labels are short: longer lines are text, whatever they start with. */
  static final int MAX_LABEL_WORDS = 8;

  /**
   * Whole-line labels of furniture sections (lowercase, trailing punctuation removed). English only,
   * like the rest of the wording rules; no site's own names.
   */
  private static final Pattern LABEL = Pattern.compile(
      "(?:about (?:the |this )?(?:authors?|writers?|reviewers?|editors?|contributors?|experts?|site)"
          + "|about us|meet the (?:authors?|writers?|team)|(?:author|writer) bio(?:graphy)?"
          + "|(?:related|similar|recommended|suggested|other|more|recent|latest|popular|trending|featured|top)"
          + " (?:posts?|articles?|stories|news|reads|reading|content|videos|guides|resources|topics"
          + "|coverage|links|blogs?|insights)(?: (?:&|and) (?:resources|topics|articles))?"
          + "|related|popular|trending(?: now)?|recommended(?: for you)?|most (?:read|popular|viewed|shared)"
          + "|more (?:from|on|in|by|about) .{1,40}|read (?:this |more )?next|up next|what to read next"
          + "|(?:you|we think you) (?:may|might|will|'ll) (?:also )?(?:like|enjoy|love)|you may be interested in.{0,40}"
          + "|explore more(?: .{1,40})?|keep reading|continue reading|don't miss|editor's picks?"
          + "|(?:all )?reads on this topic|see also|also read|read also|read more(?: articles| stories| posts)?"
          + "|disclaimer|legal disclaimer|disclosures?|important disclosures?"
          + "|connect with us|follow us(?: on .{1,30})?|stay (?:connected|in touch|informed|updated)"
          + "|(?:join|subscribe to|sign up for) (?:our|the) (?:newsletter|mailing list)|newsletter"
          + "|leave a (?:comment|reply)|\\d* ?comments?|join the (?:conversation|discussion)"
          + "|testimonials?|what (?:our|people|customers|clients) (?:say|are saying).{0,20})");

  private static final Pattern TRAILING = Pattern.compile("[\\s:.…»›>\\-–—|!]+$");
  private static final Pattern LEADING = Pattern.compile("^[\\s«‹<\\-–—|#]+");

  /** True when {@code text} is a label of a furniture section. */
  static boolean isLabel(String text) {
    if (text.isEmpty() || TextNormalizer.countWords(text) > MAX_LABEL_WORDS) {
      return false;
    }
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    t = LEADING.matcher(TRAILING.matcher(t).replaceAll("")).replaceAll("");
    return LABEL.matcher(t).matches();
  }

  /** 1–6 for {@code <h1>}–{@code <h6>}, else 0. */
  static int rank(Element el) {
    String tag = el.normalName();
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      return tag.charAt(1) - '0';
    }
    return 0;
  }

  /**
   * The blocks to drop as furniture sections, among {@code blocks} in reading order restricted to
   * those {@code inScope} (the root's kept blocks).
   */
  static java.util.Set<TextBlock> furniture(List<TextBlock> blocks, Element root,
      java.util.function.Predicate<TextBlock> inScope) {
    java.util.Set<TextBlock> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Element, TextBlock> firstBlock = new IdentityHashMap<>();
    Map<Element, Integer> prose = new IdentityHashMap<>();
    Map<Element, Integer> count = new IdentityHashMap<>();
    for (TextBlock b : blocks) {
      if (!inScope.test(b)) {
        continue;
      }
      int p = b.isProse() ? b.words() : 0;
      for (Element a = b.owner(); a != null; a = a.parent()) {
        firstBlock.putIfAbsent(a, b);
        prose.merge(a, p, Integer::sum);
        count.merge(a, 1, Integer::sum);
        if (a == root) {
          break;
        }
      }
    }
    int articleProse = 0;
    Element box = null; // a labelled box: drop what is inside it
    Element flatParent = null; // a flat heading: drop what follows inside this parent ...
    int flatRank = 0; // ... up to a heading of this rank or higher
    TextBlock previous = null;
    for (TextBlock b : blocks) {
      if (!inScope.test(b)) {
        continue;
      }
      if (box != null) {
        if (isInside(b.owner(), box)) {
          out.add(b);
          continue;
        }
        box = null;
      }
      if (flatParent != null) {
        int r = rank(b.owner());
        // ends at a heading as high as the label's, or at prose right after a plain list of links
        // (a "Related" list of links, then the article goes on)
        boolean ends = !isInside(b.owner(), flatParent) || (r > 0 && r <= flatRank && !isLabel(b.text()))
            || (b.isProse() && previous != null && previous.linkDensity() > 0.5 && rank(previous.owner()) == 0);
        if (!ends) {
          out.add(b);
          previous = b;
          continue;
        }
        flatParent = null;
      }
      if (isLabel(b.text())) {
        out.add(b);
        if (articleProse >= MIN_ARTICLE_WORDS_BEFORE && rank(b.owner()) > 0) {
          Element a = b.owner();
          while (a != root && a.parent() != null && firstBlock.get(a.parent()) == b) {
            a = a.parent();
          }
          if (count.getOrDefault(a, 1) > 1) {
            if (prose.getOrDefault(a, 0) < articleProse) {
              box = a;
            }
          } else if (rank(b.owner()) > 0 && a != root && a.parent() != null) {
            // a heading alone (maybe wrapped): what follows it in its parent is the section
            flatParent = a.parent();
            flatRank = rank(b.owner());
            previous = b;
          }
        }
        continue;
      }
      if (b.isProse()) {
        articleProse += b.words();
      }
    }
    return out;
  }

  /**
   * A heading tag, or a line set in bold on its own: a label inside a sentence's paragraph
   * ("Suggested reading:" before a list) heads a list, not a section.
   */
  static boolean isHeadingLike(TextBlock b) {
    if (rank(b.owner()) > 0) {
      return true;
    }
    Element own = b.owner();
    Element only = own.childrenSize() == 1 && own.textNodes().stream().allMatch(t -> t.isBlank())
        ? own.child(0) : null;
    return only != null && (only.normalName().equals("strong") || only.normalName().equals("b"));
  }

  private static boolean isInside(Element el, Element ancestor) {
    for (Element a = el; a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }
}
