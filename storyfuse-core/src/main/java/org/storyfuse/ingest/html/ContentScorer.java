package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
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

  /**
   * What a word costs in a region inside the flow of an article: site text right after a paragraph
   * of prose (a paywall prompt, a newsletter box), other furniture between two parts of the article
   * ({@link #betweenProse}). Little, for the same reason as comments: the collector drops such text
   * wherever it stands. At full cost a 40-word paywall prompt outweighed a short news item's second
   * paragraph, and a box of three teasers the article's second half. Elsewhere (a consent panel at
   * the page's end, a service block in the footer) such a region costs what other furniture does;
   * it never wins as the article.
   */
  static final double IN_FLOW_WEIGHT = 0.1;

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
    /** What the text inside says about being site text (see {@link SiteText}). */
    int siteWords;
    int siteTerms;
    int siteAddress;
    int siteReporting;
    /** Prose words in blocks that read as the site's own (its vocabulary or "you"/"we", no reporting). */
    int siteishProse;
    /** Words of sub-headings (h2–h6) and list items: the structure of an article's body. */
    int structured;
    /** Positions in the page's blocks of the first and last block inside (an element's blocks follow each other). */
    int firstBlock = -1;
    int lastBlock = -1;

    /**
     * Site text: the counts say so, and most of the prose is in blocks that read as the site's
     * own, so an article's container holding a short article and a long notice is not taken.
     */
    boolean isSiteText() {
      return new SiteText.Counts(siteWords, siteTerms, siteAddress, siteReporting).isSiteText()
          && siteishProse >= 0.7 * prose;
    }
  }

  /** Prose outside site-text regions a page needs before those regions count as furniture. */
  static final int MIN_PROSE_OUTSIDE_SITE_TEXT = 40;

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
  private final Map<TextBlock, SiteText.Counts> blockSite = new IdentityHashMap<>();
  /**
   * The first prose block after the page's first {@code <h1>}: where an article starts. A region
   * holding it is the article, whatever it talks about (a guide to cookies, a post about comments).
   */
  private TextBlock articleStart;
  /** Whether site-text regions are furniture on this page: it has enough other prose. */
  private boolean siteTextIsFurniture;

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
    findTeaserLists();
    threadItems = ReaderThreads.posts(body, el -> stats.get(el) != null, el -> stats(el).prose,
        MIN_PROSE_OUTSIDE_SITE_TEXT);
    articleStart = firstProseAfterHeadline();
    siteTextIsFurniture = proseOutsideSiteText() >= MIN_PROSE_OUTSIDE_SITE_TEXT;
    markFurniture();
    credit();
  }

  /**
   * Per element: pictures, radio buttons and e-mail fields the cleaner removed inside it, and
   * {@code <h1>}s inside it, in the slots {@link #PICTURES}, {@link #HEADLINES}, {@link #CHOICES},
   * {@link #EMAIL_FIELDS} (counted on first use).
   */
  private Map<Element, int[]> marks;

  static final int PICTURES = 0;
  static final int HEADLINES = 1;
  static final int CHOICES = 2;
  static final int EMAIL_FIELDS = 3;

  /**
   * How many pictures (where the cleaner removed them, {@link PageCleaner#IMAGE_MARK}), {@code <h1>}s
   * and radio buttons ({@link PageCleaner#CHOICE_MARK}) {@code el} holds within {@link #PICTURE_REACH}
   * levels, by slot; counted for the whole page on the first call, in one short walk up from each.
   */
  int[] marksWithin(Element el) {
    if (marks == null) {
      marks = new IdentityHashMap<>();
      countUp(body.getElementsByAttribute(PageCleaner.IMAGE_MARK), PICTURES);
      countUp(body.getElementsByTag("h1"), HEADLINES);
      countUp(body.getElementsByAttribute(PageCleaner.CHOICE_MARK), CHOICES);
      countUp(body.getElementsByAttribute(PageCleaner.EMAIL_MARK), EMAIL_FIELDS);
    }
    return marks.getOrDefault(el, new int[4]);
  }

  /** How far up a mark is counted: a gallery holds its slides' pictures a few levels down. */
  static final int PICTURE_REACH = 8;

  private void countUp(List<Element> found, int slot) {
    for (Element e : found) {
      Element a = e;
      for (int i = 0; a != null && i < PICTURE_REACH; i++, a = a.parent()) {
        marks.computeIfAbsent(a, k -> new int[4])[slot]++;
        if (a == body) {
          break;
        }
      }
    }
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
    return best[0] == null ? body : paragraphsContainer(layoutCell(storyWithin(mainWithin(best[0]))));
  }

  /**
   * The one story of several {@code <article>}s inside {@code chosen} that carries the page's headline (an
   * {@code <h1>}), when it is the first of them and holds at least {@value #STORY_PROSE_SHARE} of their prose: an
   * endless-scroll page loads the next story (its own {@code <article>}, its headline an {@code <h2>}) under this one,
   * a thread marks each comment up as an {@code <article>}, and where class names say nothing (hashed by a
   * framework) the two weigh alike and their common parent won.
   */
  private Element storyWithin(Element chosen) {
    // the outermost <article>s, in document order: one nested in a kept one lies inside the last kept (a hostile page
    // of many <article>s costs one ancestor walk each, not one per kept story)
    List<Element> stories = new ArrayList<>();
    for (Element a : chosen.getElementsByTag("article")) {
      if (a != chosen && !underFurniture.containsKey(a)
          && (stories.isEmpty() || !Ancestry.isInside(a, stories.get(stories.size() - 1)))) {
        stories.add(a);
      }
    }
    if (stories.size() < 2) {
      return chosen;
    }
    Element first = stories.get(0);
    // the first story alone carries an <h1>: one walk up from each <h1>, not a search of every story
    Set<Element> others = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    others.addAll(stories.subList(1, stories.size()));
    boolean firstHasOne = false;
    for (Element h1 : chosen.getElementsByTag("h1")) {
      if (Ancestry.isInside(h1, first)) {
        firstHasOne = true;
      } else if (Ancestry.nearest(h1, others::contains, chosen) != null) {
        return chosen;
      }
    }
    int prose = 0;
    for (Element a : stories) {
      prose += stats(a).prose;
    }
    return firstHasOne && stats(first).prose >= STORY_PROSE_SHARE * prose && stats(first).value > 0 ? first : chosen;
  }

  /** Share of the {@code <article>}s' prose the one with the page's headline must hold to be taken alone. */
  static final double STORY_PROSE_SHARE = 0.5;

  /**
   * The page's one {@code <main>} (or {@code role="main"}) element inside {@code chosen}, when it holds
   * most of {@code chosen}'s prose: the page says where its main content is, and prose outside it (a
   * contact box in the footer, a notice in the header) pulled the choice up to a common ancestor.
   */
  private Element mainWithin(Element chosen) {
    Elements mains = chosen.select("main, [role=main]");
    if (mains.size() != 1) {
      return chosen;
    }
    Element main = mains.first();
    if (main == chosen || underFurniture.containsKey(main)) {
      return chosen;
    }
    return stats(main).prose >= MAIN_PROSE_SHARE * stats(chosen).prose && stats(main).value > 0 ? main : chosen;
  }

  /** Share of the chosen element's prose the page's {@code <main>} inside it must hold to be taken instead. */
  static final double MAIN_PROSE_SHARE = 0.8;

  /**
   * The cell of a layout table's row that holds most of the row's prose, when the row won: an old
   * table layout sets the article beside a sidebar column, and a sidebar's few lines of prose (a
   * weather box, a notice) outweigh the links around them and pull the whole row in. Cells side by
   * side are columns of a page, not parts of one article's flow.
   */
  private Element layoutCell(Element el) {
    if (!el.normalName().equals("tr")) {
      return el;
    }
    int prose = stats(el).prose;
    for (Element cell : el.children()) {
      if (stats(cell).prose >= LAYOUT_CELL_SHARE * prose && stats(cell).value > 0) {
        return cell;
      }
    }
    return el;
  }

  /** Share of a row's prose one cell must hold to be the article's column. */
  static final double LAYOUT_CELL_SHARE = 0.8;

  /**
   * {@code el}, or its parent when {@code el} is one paragraph among others of the article: the
   * furniture between and after a short item's paragraphs (an ad label, a "read also" line in a
   * language the wording rules do not know, a newsletter box) can cost their container more than
   * one paragraph holds, and a single paragraph is then the heaviest element. When its siblings
   * (past wrappers that hold only that paragraph) hold half as much prose again outside furniture,
   * the article is the parent's, however much the furniture beside it costs: the collector leaves
   * that out. (Requiring the parent to weigh something failed a short item under a box of teasers
   * longer than itself.)
   */
  private Element paragraphsContainer(Element chosen) {
    // a paragraph's own wrappers (a block per paragraph, "section data-block=text") hold nothing else
    Element el = chosen;
    while (el.parent() != null && el != body && el.parent() != body && !underFurniture.containsKey(el.parent())
        && stats(el.parent()).words == stats(el).words) {
      el = el.parent();
    }
    Element parent = el.parent();
    if (parent == null || el == body || underFurniture.containsKey(parent)) {
      return chosen;
    }
    int ownBlocks = 0;
    int siblings = 0;
    for (TextBlock b : blocks) {
      Element child = Ancestry.childOf(parent, b.owner());
      if (child == el) {
        ownBlocks++;
      } else if (child != null && !underFurniture.containsKey(b.owner()) && b.isProse() && !isSiteText(b)) {
        siblings += b.words();
      }
    }
    int own = stats(el).prose;
    boolean among = siblings >= FLOW_PROSE_WORDS && siblings >= 0.5 * own;
    return ownBlocks == 1 && own > 0 && among ? parent : chosen;
  }

  /**
   * True when, inside the chosen {@code root}, {@code el} is furniture to leave out: it says so by
   * its tag, class, id or role and does not hold most of the root's prose.
   */
  boolean isFurnitureWithin(Element el, Element root) {
    return isSiteTextRegion(el) || threadItems.contains(el) || isTeaserListAfterArticle(el, root) || isPoll(el, root)
        || isSignUpBox(el, root) || (isFurniture(el, stats(root).prose, 0.5) && !isBodyStructure(el));
  }

  /**
   * A reader poll or quiz inside the article: a short box (at most {@link #MAX_POLL_WORDS} words,
   * under half of the root's) around two or more radio buttons. Its question, answers and notes on
   * voting are the page's; an article states its facts in prose, never as a choice of answers
   * (checkboxes are left alone: a checklist is an article's text).
   */
  private boolean isPoll(Element el, Element root) {
    if (el == root) {
      return false;
    }
    Stats s = stats(el);
    return marksWithin(el)[CHOICES] >= 2 && s.words <= MAX_POLL_WORDS && s.words < 0.5 * stats(root).words;
  }

  /** Words a poll's box holds at most: its question, answers and a note. */
  static final int MAX_POLL_WORDS = 100;

  /**
   * A sign-up box inside the article: a short box (at most {@link #MAX_SIGNUP_WORDS} words, under
   * half of the root's) around an e-mail address field. Its heading, pitch and privacy line are the
   * site's in any language ("La newsletter del mattino", "Zapisz się za darmo"); an article never
   * asks for the reader's address.
   */
  private boolean isSignUpBox(Element el, Element root) {
    if (el == root) {
      return false;
    }
    Stats s = stats(el);
    return marksWithin(el)[EMAIL_FIELDS] >= 1 && s.words <= MAX_SIGNUP_WORDS && s.prose <= MAX_SIGNUP_PROSE
        && s.words < 0.5 * stats(root).words;
  }

  /** Words a sign-up box holds at most: a heading, a pitch, a privacy line. */
  static final int MAX_SIGNUP_WORDS = 80;

  /** Its prose at most: a pitch of a sentence or two (a short story with a form in it holds more). */
  static final int MAX_SIGNUP_PROSE = 50;

  /**
   * Inside the article, a weakly named wrapper (page builders put every heading and list in a
   * "widget") that holds the body's sub-headings and list items, not links: the article's own.
   */
  private boolean isBodyStructure(Element el) {
    if (hint(el) != Hint.WEAK_FURNITURE || BoilerplateHints.namesTheWriter(el)) {
      return false;
    }
    Stats s = stats(el);
    return s.linkWords <= 0.2 * s.words && s.prose + s.structured >= 0.8 * s.words;
  }

  /** A sub-heading (h2–h6) or a list item, in words (not a pager's or a carousel's numbers). */
  private static boolean isStructure(TextBlock b) {
    String tag = b.owner().normalName();
    return ((b.isHeading() && !tag.equals("h1")) || tag.equals("li")) && b.text().chars().anyMatch(Character::isLetter);
  }

  /**
   * Lists of teasers for other articles: three or more sibling cards, each a title or "read more"
   * link with one short excerpt (and perhaps a date or a category). The excerpts are prose, so
   * prose weighing takes such a list ("More from the blog", a grid of recent posts) into the
   * article's container or picks a container that holds both; its shape tells it on any site.
   */
  private final Set<Element> teaserLists = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * A teaser list inside {@code root} that follows more of the root's prose than it holds and ends
   * it (little prose after it): a roundup ("ten projects to try", each a card) is the article
   * itself, after a short intro or in the middle of the body.
   */
  private boolean isTeaserListAfterArticle(Element el, Element root) {
    if (!teaserLists.contains(el)) {
      return false;
    }
    for (Element a = el.parent(); a != null; a = a.parent()) {
      if (hint(a) == Hint.BODY) {
        return false; // a list the page puts inside its article body is the author's
      }
      if (a == root) {
        break;
      }
    }
    Stats list = stats(el);
    if (list.firstBlock < 0) {
      return false;
    }
    int[] prose = proseOutsideTeaserLists(root);
    int before = prose[list.firstBlock];
    int after = prose[blocks.size()] - prose[list.lastBlock + 1];
    return before > list.prose && after < 0.5 * list.prose;
  }

  private Element proseRoot;
  private int[] proseBefore;

  /**
   * Prose words of the blocks before each position that lie inside {@code root} and in no teaser list
   * (other teaser lists are no article around one: a page's lists often follow each other). Counted
   * once per root, so a page of thousands of lists is not read once per list.
   */
  private int[] proseOutsideTeaserLists(Element root) {
    if (root != proseRoot) {
      int[] sums = new int[blocks.size() + 1];
      for (int i = 0; i < blocks.size(); i++) {
        TextBlock b = blocks.get(i);
        boolean counts = b.isProse() && Ancestry.isInside(b.owner(), root) && !inTeaserList(b.owner());
        sums[i + 1] = sums[i] + (counts ? b.words() : 0);
      }
      proseRoot = root;
      proseBefore = sums;
    }
    return proseBefore;
  }

  /** The posts of readers' threads that no class or id names ({@link ReaderThreads}). */
  private final Set<Element> threadItems;

  /** Whether {@code el} is, or sits inside, a list of teaser cards (wherever it is on the page). */
  boolean inTeaserList(Element el) {
    if (teaserLists.isEmpty()) {
      return false;
    }
    for (Element a = el; a != null && a != body; a = a.parent()) {
      if (teaserLists.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** A card: at most this many words (title, excerpt, date, link); some themes print excerpts of 100 words and more. */
  static final int MAX_TEASER_WORDS = 150;

  private void findTeaserLists() {
    // per element: blocks, prose blocks, link-dense blocks, whether its first block is a question
    Map<Element, int[]> shape = new IdentityHashMap<>();
    for (TextBlock b : blocks) {
      Element a = b.owner();
      for (int i = 0; a != null && i < MAX_ANCESTORS; i++, a = a.parent()) {
        int[] c = shape.computeIfAbsent(a, k -> new int[4]);
        if (c[0] == 0 && b.text().endsWith("?")) {
          c[3] = 1;
        }
        c[0]++;
        if (b.isProse()) {
          c[1]++;
        }
        if (b.linkDensity() >= 0.5) {
          c[2]++;
        }
        if (a == body) {
          break;
        }
      }
    }
    for (Map.Entry<Element, int[]> e : shape.entrySet()) {
      Element list = e.getKey();
      if (e.getValue()[0] < 6) {
        continue;
      }
      int cards = 0;
      int teasers = 0;
      int teaserWords = 0;
      int questions = 0;
      for (Element card : list.children()) {
        int[] c = shape.get(card);
        if (c == null || (c[0] == 1 && c[1] == 0)) {
          continue; // one block of no prose: the list's heading or its "view all" link, not a card
        }
        cards++;
        questions += c[3];
        Stats s = stats(card);
        if (c[0] >= 2 && c[0] <= 8 && c[1] == 1 && c[2] >= 1 && s.words <= MAX_TEASER_WORDS) {
          teasers++;
          teaserWords += s.words;
        }
      }
      Stats s = stats(list);
      // cards that open with a question are a FAQ's questions and answers: the article's
      // (how much prose a list may hold is decided where it is used: after the article, or under a label)
      if (teasers >= 3 && teasers >= 0.7 * cards && teaserWords >= 0.7 * s.words && questions < 0.5 * cards) {
        teaserLists.add(list);
      }
    }
  }

  /**
   * A region in which the site talks about itself (consent panel, comment policy, newsletter box,
   * customer service), on a page that has prose elsewhere: furniture whatever its name or size.
   */
  boolean isSiteTextRegion(Element el) {
    return siteTextIsFurniture && el != body && stats(el).isSiteText() && !holdsArticleStart(el);
  }

  private boolean holdsArticleStart(Element el) {
    if (articleStart == null) {
      return false;
    }
    for (Element a = articleStart.owner(); a != null; a = a.parent()) {
      if (a == el) {
        return true;
      }
      if (a == body) {
        return false;
      }
    }
    return false;
  }

  /** See {@link #articleStart}; null when the page has no {@code <h1>} or no prose soon after it. */
  private TextBlock firstProseAfterHeadline() {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).owner().normalName().equals("h1")) {
        for (int j = i + 1; j < blocks.size() && j <= i + HEADLINE_REACH; j++) {
          if (blocks.get(j).isProse()) {
            return blocks.get(j);
          }
        }
        return null;
      }
    }
    return null;
  }

  /** How many blocks after the headline the article's first prose may come (bylines, dates, captions). */
  static final int HEADLINE_REACH = 30;

  /** The site-text counts of a block's words, counted once for the page. */
  SiteText.Counts siteCounts(TextBlock b) {
    return blockSite.getOrDefault(b, SiteText.Counts.NONE);
  }

  /** One block of site text (a newsletter plug inside the article's container). */
  boolean isSiteText(TextBlock b) {
    return siteTextIsFurniture && b != articleStart && siteCounts(b).isSiteText();
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
      // a box about the writer is prose too: furniture whatever it holds, as footers are
      return s.prose < 0.5 * s.words || s.linkWords > 0.4 * s.words || BoilerplateHints.namesTheWriter(el);
    }
    // a sizeable region of plain prose is content whatever its name says ("content-nav-section"),
    // unless it is a discussion (comments are prose too), a footer, a disclaimer or a modal box
    boolean prose = s.prose >= 100 && s.prose >= 0.7 * s.words && s.linkWords < 0.15 * s.words;
    return !prose || BoilerplateHints.isDiscussion(el) || BoilerplateHints.isProseFurniture(el);
  }

  // ---------------------------------------------------------------------------------------------

  private void sumUp() {
    for (int position = 0; position < blocks.size(); position++) {
      TextBlock b = blocks.get(position);
      int prose = b.isProse() ? b.words() : 0;
      int structured = isStructure(b) ? b.words() : 0;
      SiteText.Counts site = SiteText.count(b.text());
      blockSite.put(b, site);
      Element a = b.owner();
      for (int i = 0; a != null && i < MAX_ANCESTORS; i++, a = a.parent()) {
        Stats s = stats.computeIfAbsent(a, k -> new Stats());
        s.words += b.words();
        s.linkWords += b.linkWords();
        s.prose += prose;
        s.structured += structured;
        s.siteWords += site.words();
        s.siteTerms += site.siteTerms();
        s.siteAddress += site.address();
        s.siteReporting += site.reporting();
        if (site.isSiteish()) {
          s.siteishProse += prose;
        }
        if (s.firstBlock < 0) {
          s.firstBlock = position;
        }
        s.lastBlock = position;
        if (a == body) {
          break;
        }
      }
    }
  }

  /** Prose words of the page outside the outermost site-text regions (and site-text blocks). */
  private int proseOutsideSiteText() {
    int[] inside = {0};
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element el) || stats.get(el) == null) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (el != body && stats.get(el).isSiteText() && !holdsArticleStart(el)) {
          inside[0] += stats.get(el).prose;
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    int siteBlocks = 0;
    for (TextBlock b : blocks) {
      if (b.isProse() && b != articleStart && blockSite.get(b).isSiteText() && !stats(b.owner()).isSiteText()) {
        siteBlocks += b.words();
      }
    }
    return stats(body).prose - inside[0] - siteBlocks;
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
          } else if (isSiteTextRegion(el)) {
            weight[0] = afterProse(el) ? IN_FLOW_WEIGHT : FURNITURE_WEIGHT;
            underFurniture.put(el, weight[0]);
            open[0]++;
          } else if (threadItems.contains(el)) {
            weight[0] = DISCUSSION_WEIGHT;
            underFurniture.put(el, weight[0]);
            open[0]++;
          } else if (el != body && isFurniture(el, pageProse, 0.6)) {
            weight[0] = BoilerplateHints.isDiscussion(el) ? DISCUSSION_WEIGHT
                : betweenProse(el) ? IN_FLOW_WEIGHT : FURNITURE_WEIGHT;
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

  /**
   * Whether {@code el} stands between two parts of an article: prose right before it and right
   * after it among its siblings (an inline "More on this" box, an advertisement, a newsletter box in
   * the body). Such furniture costs its container little ({@link #IN_FLOW_WEIGHT}): at full cost a
   * box of three teasers outweighed the article's second half, and the first half alone was taken
   * for the article. It is still furniture: its text is left out.
   */
  private boolean betweenProse(Element el) {
    Element next = el.nextElementSibling();
    if (!afterProse(el) || next == null) {
      return false;
    }
    Stats s = stats.get(next);
    return s != null && s.prose >= FLOW_PROSE_WORDS && !s.isSiteText() && hint(next) != Hint.FURNITURE
        && hint(next) != Hint.WEAK_FURNITURE;
  }

  /** Prose a sibling must hold for a region after it to stand in an article's flow. */
  private static final int FLOW_PROSE_WORDS = 20;

  /** Whether the element right before {@code el} is a paragraph of prose (and no furniture itself). */
  private boolean afterProse(Element el) {
    Element previous = el.previousElementSibling();
    if (previous == null) {
      return false;
    }
    Stats s = stats.get(previous);
    return s != null && s.prose >= FLOW_PROSE_WORDS && !underFurniture.containsKey(previous) && !s.isSiteText();
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
    if (isSiteText(b)) {
      return -b.words();
    }
    boolean isConfirmed = confirmed.contains(b);
    if (b.isProse()) {
      return b.words() * (1 - ld) * (isConfirmed ? 3 : 1);
    }
    return isConfirmed ? b.words() : 0;
  }
}
