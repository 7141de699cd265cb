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
 * <p>A heading label's section is its box when the label is the first text of a box that holds
 * more (an author box, a related-posts widget): the box's blocks are dropped. When the label is a
 * heading among the article's own paragraphs (a flat body), the blocks after it are dropped up to
 * the next heading of the same or a higher rank inside the same parent, or up to prose right after
 * a plain run of links (a "Related resources" list, then more of the article). A label that is a
 * plain line (not {@code <h1>}–{@code <h6>}) drops only itself and the links right after it: an
 * inline "Read also" box in a news body is followed by more of the article. Labels before 50 words
 * of the article, and boxes that hold more prose than the article so far (teaser cards' excerpts
 * not counted), are left to the other rules: a sidebar's "Popular posts" above the article must not
 * take the article with it.
 *
 * <p>A writer's box without a heading is told by its shape: the writer's name alone on a line, then
 * prose that starts with that name ("Ana Lindqvist covers…", "Ana has…"), in an element whose class
 * or id calls it the author's, bio or byline, or whose name the byline gives — a roundup of places
 * or firms has the first two but not the third. Closing notes about the byline's writers ("Ana
 * Lindqvist is a reporter…" as the last paragraphs of an opinion piece) go as well.
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
          + "|authors?|(?:article |this article (?:was )?)?(?:written|reviewed|edited|fact[- ]checked) by"
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

  /** Labels of paid-for content: "Sponsored", "Advertisement", "Paid content", "Promoted by …". */
  private static final Pattern PAID = Pattern.compile(
      "sponsored(?: (?:content|post|story|article|feature))?|sponsored by .{1,40}|advertisement|advertorial"
          + "|paid (?:content|post|partnership|promotion)|promoted(?: content| by .{1,40})?|partner content"
          + "|in partnership with .{1,40}|brought to you by .{1,40}");

  /** True when {@code text} says that what it heads is paid for. */
  static boolean isPaidLabel(String text) {
    return labelMatches(text, PAID);
  }

  /** True when {@code text} is a label of a furniture section. */
  static boolean isLabel(String text) {
    return labelMatches(text, LABEL) || TextNormalizer.countWords(text) <= MAX_LABEL_WORDS
        && BY_NAME.matcher(TRAILING.matcher(text.strip()).replaceAll("")).matches();
  }

  /**
   * "Written by Lena Marsh", "Reviewed by Dr Ana Ruiz": the label and the name of the writer's box it
   * heads. A name is capitalised words ("Written by hand" is none).
   */
  private static final Pattern BY_NAME = Pattern.compile(
      "(?:Written|Reviewed|Edited|Fact[- ]checked) by \\p{Lu}[\\p{L}'’.-]*(?: (?:and |& )?\\p{Lu}[\\p{L}'’.-]*){1,5}");

  /** Whether a short line, lower-cased and without its leading and trailing marks, matches {@code label}. */
  private static boolean labelMatches(String text, Pattern label) {
    if (text.isEmpty() || TextNormalizer.countWords(text) > MAX_LABEL_WORDS) {
      return false;
    }
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    t = LEADING.matcher(TRAILING.matcher(t).replaceAll("")).replaceAll("");
    return label.matcher(t).matches();
  }

  /** A person's name alone on a line: two to four capitalised words ("Ana Lindqvist", "Tom de Vries"). */
  private static final Pattern NAME_LINE = Pattern.compile(
      "\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:de|van|von|der|da|di|le|la|al|bin|el)|\\p{Lu}[\\p{L}'’.-]*)){1,3}");

  /**
   * Whether {@code b} is a name line followed, in scope, by prose that starts with that name or its
   * first word ("Ana Lindqvist" / "Ana Lindqvist is a reporter…", "Ana has covered…"): a writer's
   * biography box, which the article itself never lays out that way.
   */
  static boolean isAuthorBox(List<TextBlock> blocks, TextBlock b, java.util.function.Predicate<TextBlock> inScope) {
    String name = b.text().strip();
    if (name.length() > 40 || !NAME_LINE.matcher(name).matches()) {
      return false;
    }
    for (int i = b.index() + 1; i < blocks.size() && i <= b.index() + 3; i++) {
      TextBlock n = blocks.get(i);
      if (!inScope.test(n)) {
        continue;
      }
      if (!n.isProse()) {
        continue; // a job title, a link to their page
      }
      String first = name.substring(0, name.indexOf(' '));
      String t = n.text();
      return t.startsWith(name) || t.startsWith(first + " ") || t.startsWith(first + "’") || t.startsWith(first + "'")
          || t.startsWith("Meet " + first);
    }
    return false;
  }

  /**
   * The box about the writer that {@code b} opens, or null: their name on a line, then prose about
   * them that starts with it, in an element that calls itself the writer's, holding less prose than
   * the article before it.
   */
  private static Element writersBox(List<TextBlock> blocks, TextBlock b, Element root,
      java.util.function.Predicate<TextBlock> inScope, Map<Element, TextBlock> first,
      Map<Element, Integer> count, Map<Element, Integer> prose, int articleProse, String byline) {
    if (!isAuthorBox(blocks, b, inScope)) {
      return null;
    }
    Element a = boxOpenedBy(b, root, first);
    boolean ok = count.getOrDefault(a, 1) > 1 && prose.getOrDefault(a, 0) < articleProse
        && (namesAWriter(b.owner(), a) || isWriter(b.text().strip(), byline));
    return ok ? a : null;
  }

  /**
   * The outermost element, up to {@code root}, whose first block is {@code b}: the box a label or a
   * writer's name line opens ({@code first}: each element's first block).
   */
  private static Element boxOpenedBy(TextBlock b, Element root, Map<Element, TextBlock> first) {
    Element a = b.owner();
    while (a != root && a.parent() != null && first.get(a.parent()) == b) {
      a = a.parent();
    }
    return a;
  }

  private static final List<String> WRITER_PREFIXES = List.of(
      "author", "bio", "byline", "writer", "contributor");

  /**
   * Whether an element from {@code from} up to {@code box} calls itself the writer's (an
   * "author-box", "bio", "contributor-profile" class or id): a roundup of places or firms also puts
   * a name on a line above prose that starts with it, but not in such an element.
   */
  static boolean namesAWriter(Element from, Element box) {
    for (Element a = from; a != null; a = a.parent()) {
      for (String t : BoilerplateHints.tokens(a.className() + " " + a.id())) {
        for (String p : WRITER_PREFIXES) {
          if (t.startsWith(p)) {
            return true;
          }
        }
      }
      if (a == box) {
        break;
      }
    }
    return false;
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
    return furniture(blocks, root, inScope, null);
  }

  /** As above; {@code byline} (the page's stated writers, or null) tells notes about the writer. */
  static java.util.Set<TextBlock> furniture(List<TextBlock> blocks, Element root,
      java.util.function.Predicate<TextBlock> inScope, String byline) {
    return furniture(blocks, root, inScope, byline, b -> false);
  }

  /**
   * As above; {@code teaser} tells blocks of teaser cards, whose excerpts do not count as a box's
   * prose: a "More from the Courier" grid under a short news item holds more prose than the item.
   */
  static java.util.Set<TextBlock> furniture(List<TextBlock> blocks, Element root,
      java.util.function.Predicate<TextBlock> inScope, String byline,
      java.util.function.Predicate<TextBlock> teaser) {
    java.util.Set<TextBlock> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Element, TextBlock> firstBlock = new IdentityHashMap<>();
    Map<Element, Integer> prose = new IdentityHashMap<>();
    Map<Element, Integer> count = new IdentityHashMap<>();
    // writers' boxes are measured over all the root's blocks: the name line is often in a region the
    // collector drops anyway (an "author-name" link), and it still opens the box
    Map<Element, TextBlock> firstOfAll = new IdentityHashMap<>();
    Map<Element, Integer> countOfAll = new IdentityHashMap<>();
    java.util.Set<TextBlock> inRoot = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (TextBlock b : blocks) {
      if (!Ancestry.isInside(b.owner(), root)) {
        continue;
      }
      inRoot.add(b);
      boolean scoped = inScope.test(b);
      int p = b.isProse() && scoped && !teaser.test(b) ? b.words() : 0;
      for (Element a = b.owner(); a != null; a = a.parent()) {
        firstOfAll.putIfAbsent(a, b);
        countOfAll.merge(a, 1, Integer::sum);
        if (scoped) {
          firstBlock.putIfAbsent(a, b);
          prose.merge(a, p, Integer::sum);
          count.merge(a, 1, Integer::sum);
        }
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
    boolean linksAfterLabel = false;
    for (TextBlock b : blocks) {
      if (!inRoot.contains(b)) {
        continue;
      }
      if (!inScope.test(b)) {
        if (box == null && flatParent == null && articleProse >= MIN_ARTICLE_WORDS_BEFORE) {
          box = writersBox(blocks, b, root, inScope, firstOfAll, countOfAll, prose, articleProse, byline);
        }
        continue;
      }
      if (box != null) {
        if (Ancestry.isInside(b.owner(), box)) {
          out.add(b);
          continue;
        }
        box = null;
      }
      if (flatParent != null) {
        int r = rank(b.owner());
        // ends at a heading as high as the label's, or at prose right after a plain list of links
        // (a "Related" list of links, then the article goes on)
        boolean ends = !Ancestry.isInside(b.owner(), flatParent) || (r > 0 && r <= flatRank && !isLabel(b.text()))
            || (b.isProse() && previous != null && previous.linkDensity() > 0.5 && rank(previous.owner()) == 0);
        if (!ends) {
          out.add(b);
          previous = b;
          continue;
        }
        flatParent = null;
      }
      if (articleProse >= MIN_ARTICLE_WORDS_BEFORE) {
        box = writersBox(blocks, b, root, inScope, firstOfAll, countOfAll, prose, articleProse, byline);
        if (box != null) {
          out.add(b);
          continue;
        }
      }
      if (linksAfterLabel) {
        if (b.linkDensity() > 0.5 && !b.isProse()) {
          out.add(b);
          continue;
        }
        linksAfterLabel = false;
      }
      if (isPaidLabel(b.text()) && articleProse >= MIN_ARTICLE_WORDS_BEFORE) {
        // a box that says it is paid for ("Sponsored" above a pitch) is the advertiser's, whatever
        // its markup: the label on a plain line heads the whole box, unlike a "Read also" line
        Element a = boxOpenedBy(b, root, firstBlock);
        if (count.getOrDefault(a, 1) > 1 && prose.getOrDefault(a, 0) < articleProse) {
          out.add(b);
          box = a;
          continue;
        }
      }
      if (isLabel(b.text())) {
        out.add(b);
        // whatever its markup, a label heads the links right after it ("Read also" and two headlines)
        linksAfterLabel = true;
        if (articleProse >= MIN_ARTICLE_WORDS_BEFORE && rank(b.owner()) > 0) {
          Element a = boxOpenedBy(b, root, firstBlock);
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
    dropWriterNotes(blocks, inScope, inRoot, byline, out);
    return out;
  }

  /** "Ana Lindqvist is …", "Ana Lindqvist, a …": a sentence about a writer, by how it starts. */
  private static final Pattern ABOUT_SOMEONE = Pattern.compile(
      "^\\(?((?:\\p{Lu}[\\p{L}'’.-]*\\s){1,3}\\p{Lu}[\\p{L}'’.-]*)(?:,| is | was | has | writes | covers | reports )");

  /**
   * Notes about the writer that close the article ("Ana Lindqvist is a reporter for…" under an
   * opinion piece): the last prose blocks, each starting with a name the byline gives, after at
   * least {@link #MIN_ARTICLE_WORDS_BEFORE} words of the article.
   */
  private static void dropWriterNotes(List<TextBlock> blocks, java.util.function.Predicate<TextBlock> inScope,
      java.util.Set<TextBlock> inRoot, String byline, java.util.Set<TextBlock> out) {
    if (byline == null || byline.isBlank()) {
      return;
    }
    List<TextBlock> notes = new java.util.ArrayList<>();
    int before = 0;
    boolean closing = true;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      TextBlock b = blocks.get(i);
      if (!inRoot.contains(b) || !inScope.test(b) || out.contains(b)) {
        continue;
      }
      if (closing && b.isProse()) {
        var m = ABOUT_SOMEONE.matcher(b.text());
        if (m.lookingAt() && isWriter(m.group(1), byline)) {
          notes.add(b);
          continue;
        }
        closing = false;
      }
      if (!closing && b.isProse()) {
        before += b.words();
      }
    }
    if (before >= MIN_ARTICLE_WORDS_BEFORE) {
      out.addAll(notes);
    }
  }

  /** Whether {@code name} is one of the writers {@code byline} names. */
  static boolean isWriter(String name, String byline) {
    if (byline == null || name == null || name.length() < 5 || name.indexOf(' ') < 0) {
      return false;
    }
    return (" " + byline.replaceAll("\\s+", " ") + " ").contains(name.replaceAll("\\s+", " "));
  }
}
