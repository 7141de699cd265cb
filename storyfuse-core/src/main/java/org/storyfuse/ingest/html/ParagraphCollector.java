package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
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
   * The article's paragraphs as blocks, in reading order (blocks, so that {@link ParagraphFeatures}
   * can read their elements).
   *
   * @param byline     the page's stated writers (null when none), to tell notes about them
   * @param site       the page's host without "www." (null when unknown), to tell links to the site's
   *                   other pages from links out
   * @param isDateLine tells a line that is only a date (dateline furniture) from text
   */
  static List<TextBlock> collectBlocks(Element root, List<TextBlock> blocks, ContentScorer scorer, String title,
      String byline, String site, Predicate<String> isDateLine) {
    Map<Element, Boolean> kept = new IdentityHashMap<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element el)) {
          return FilterResult.SKIP_CHILDREN;
        }
        if (el != root && (scorer.isFurnitureWithin(el, root) || isFigureText(el, scorer))) {
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

    Set<TextBlock> sections = SectionLabels.furniture(blocks, root, b -> kept.containsKey(b.owner()), byline,
        b -> scorer.inTeaserList(b.owner()));
    String titleKey = title == null ? null : TextNormalizer.comparable(title);
    // the article's last prose: link lines before it are the article's, after it the page's
    int firstProse = -1;
    int lastProse = -1;
    int headline = -1;
    for (TextBlock b : blocks) {
      if (headline < 0 && kept.containsKey(b.owner()) && isHeadline(b, titleKey)) {
        headline = b.index(); // a long headline with a comma reads as prose: it is not the article's
      } else if (b.isProse() && kept.containsKey(b.owner()) && !sections.contains(b) && !scorer.isSiteText(b)
          && !isBareUrl(b.text())) {
        lastProse = b.index();
        firstProse = firstProse < 0 ? b.index() : firstProse;
      }
    }
    List<TextBlock> picked = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (!kept.containsKey(b.owner()) || !keep(b, titleKey, b.index() < lastProse, site) || isDateLine.test(b.text())
          || scorer.isSiteText(b) || sections.contains(b)) {
        continue;
      }
      boolean outsideProse = b.index() < firstProse || b.index() > lastProse;
      if (outsideProse && isCountLine(b.text()) && b.owner().closest("table") == null) {
        continue; // a story's like and response counts above or under it (a table's figures stay)
      }
      if (isItalicCall(b, scorer.siteCounts(b))) {
        continue; // the newsroom's call to the reader set apart in italics: "Listen to our daily podcast …"
      }
      if (isClockLine(b.text()) && b.owner().closest("table") == null) {
        continue; // a live blog entry's time stamp ("14.32 BST", "Updated at 2:40 p.m. ET"); a timetable's stay
      }
      if (headline >= 0 && headline < firstProse && b.index() < headline && b.index() >= headline - 2
          && !b.isProse() && b.words() <= MAX_KICKER_WORDS) {
        continue; // a label right above the headline: "Opinion", "Member-only story"
      }
      picked.add(b);
    }
    return withoutDanglingHeading(withoutTrailingBox(withoutRepeatedRenderings(withoutBoxedRepeats(picked))));
  }

  /**
   * {@code picked} without a titled box that ends it: a heading and at most two short blocks in a
   * container of their own after the one that holds the story ("Where to watch" and its prices under
   * a review, "Our ratings" under a fact-check). A sub-heading of the story stands in the story's own
   * container, or in a section shaped like the ones before it (same tag and class), and stays.
   */
  static List<TextBlock> withoutTrailingBox(List<TextBlock> picked) {
    int n = picked.size();
    for (int i = n - 1; i >= 1 && i >= n - 1 - MAX_BOX_BLOCKS; i--) {
      TextBlock head = picked.get(i);
      if (!head.isHeading()) {
        continue;
      }
      if (i == n - 1 || head.owner().normalName().equals("h1")) {
        return picked;
      }
      int words = 0;
      Element box = head.owner();
      for (int k = i + 1; k < n; k++) {
        words += picked.get(k).words();
        box = Ancestry.commonAncestor(box, picked.get(k).owner());
      }
      Element before = picked.get(i - 1).owner();
      if (words > MAX_BOX_WORDS || box == null || box.parent() == null || Ancestry.isInside(before, box)) {
        return picked;
      }
      Element beside = Ancestry.childOf(box.parent(), before);
      if (beside == null || (beside.normalName().equals(box.normalName()) && beside.className().equals(box.className()))) {
        return picked;
      }
      return new ArrayList<>(picked.subList(0, i));
    }
    return picked;
  }

  /**
   * A call to the reader in the site's voice, set apart as a whole paragraph in italics between the
   * story's own: "Listen to our daily news podcast …", "Join our WhatsApp channel …", "Follow us on …".
   * It starts with the call's verb and reports nothing; an italic editor's note or correction does
   * neither and stays.
   */
  static boolean isItalicCall(TextBlock b, SiteText.Counts site) {
    if (b.words() > MAX_CALL_WORDS) {
      return false;
    }
    Element el = b.owner();
    if (el.childrenSize() != 1 || !el.ownText().isBlank()) {
      return false;
    }
    String tag = el.child(0).normalName();
    return (tag.equals("em") || tag.equals("i")) && CALL.matcher(b.text()).lookingAt()
        && site.reporting() == 0;
  }

  /** Words a call to the reader may have. */
  static final int MAX_CALL_WORDS = 40;

  private static final Pattern CALL = Pattern.compile(
      "(?i)(?:listen|join|follow|subscribe|sign up|download|register|watch|support|become|get the)\\b");

  /** Blocks a trailing box may hold under its heading, and their words. */
  static final int MAX_BOX_BLOCKS = 2;
  static final int MAX_BOX_WORDS = 50;

  /**
   * {@code picked} without a heading that ends it and heads nothing but short lines: an article's
   * sub-heading introduces text, so a last heading over a line or two ("Explore" over "More news
   * releases in similar topics", whose links are gone) names a section of the page, not of the story.
   * Lists and tables under it are text and keep it.
   */
  static List<TextBlock> withoutDanglingHeading(List<TextBlock> picked) {
    for (int i = picked.size() - 1; i >= 0 && i >= picked.size() - 1 - MAX_DANGLING_LINES; i--) {
      TextBlock b = picked.get(i);
      String tag = b.owner().normalName();
      if (b.isProse() || tag.equals("li") || b.owner().closest("table") != null) {
        return picked;
      }
      if (b.isHeading() && !tag.equals("h1") && i > 0) {
        return new ArrayList<>(picked.subList(0, i));
      }
    }
    return picked;
  }

  /** Short lines a dangling heading may head. */
  static final int MAX_DANGLING_LINES = 2;

  /**
   * {@code picked} without pull quotes: a block of five or more words inside a quote box (an
   * {@code <aside>} or {@code <blockquote>}) whose text the article states word for word in another
   * paragraph. It repeats what the article says, wherever the box stands (before or after the
   * sentence it lifts), so it adds nothing but a second copy; a quotation the article does not
   * repeat stays.
   */
  static List<TextBlock> withoutBoxedRepeats(List<TextBlock> picked) {
    List<TextBlock> out = new ArrayList<>(picked.size());
    for (TextBlock b : picked) {
      if (b.words() >= 5 && inQuoteBox(b.owner()) && statedElsewhere(b, picked)) {
        continue;
      }
      out.add(b);
    }
    return out;
  }

  /** Nesting looked at above a block for its quote box. */
  private static final int QUOTE_BOX_DEPTH = 4;

  private static boolean inQuoteBox(Element el) {
    Element e = el;
    for (int depth = 0; e != null && depth < QUOTE_BOX_DEPTH; depth++, e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("aside") || tag.equals("blockquote")) {
        return true;
      }
    }
    return false;
  }

  private static boolean statedElsewhere(TextBlock box, List<TextBlock> picked) {
    String text = TextNormalizer.comparable(box.text());
    for (TextBlock other : picked) {
      if (other != box && !inQuoteBox(other.owner()) && other.words() >= box.words()
          && TextNormalizer.comparable(other.text()).contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph met again with at least this many words is a second rendering of it. */
  static final int MIN_REPEATED_RENDERING_WORDS = 30;

  /**
   * The texts of {@code picked} without the second renderings of a paragraph: a paragraph of five
   * or more words met again is dropped when it is long (a responsive duplicate), follows its first
   * occurrence (a pull quote), sits next to another paragraph that repeats the neighbour of its first
   * occurrence (a section rendered twice), or is held by another kind of element than the first (a
   * heading after its table-of-contents entry, a paragraph quoted in a box). A short line that recurs
   * in the same kind of element among different ones is the article's own structure and stays: a
   * training plan's "Warm up: ten minutes of easy jogging" on each day, a roundup's "Read our full
   * review" under each item. Table cells repeat freely (a table's columns).
   */
  static List<TextBlock> withoutRepeatedRenderings(List<TextBlock> picked) {
    List<String> texts = new ArrayList<>(picked.size());
    for (TextBlock b : picked) {
      texts.add(b.text());
    }
    Map<String, Integer> first = new java.util.HashMap<>();
    List<TextBlock> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      TextBlock b = picked.get(i);
      Integer j = first.putIfAbsent(text, i);
      if (j != null && b.words() >= 5 && !isTableCell(b)
          && (b.words() >= MIN_REPEATED_RENDERING_WORDS || j == i - 1 || sameNeighbour(texts, i, j)
              || !b.owner().normalName().equals(picked.get(j).owner().normalName()))) {
        continue;
      }
      out.add(b);
    }
    return out;
  }

  /** Whether the paragraph before or after {@code i} repeats the one before or after {@code j}. */
  private static boolean sameNeighbour(List<String> texts, int i, int j) {
    boolean before = j > 0 && texts.get(i - 1).equals(texts.get(j - 1));
    boolean after = i + 1 < texts.size() && texts.get(i + 1).equals(texts.get(j + 1));
    return before || after;
  }

  private static boolean isTableCell(TextBlock b) {
    String tag = b.owner().normalName();
    return tag.equals("td") || tag.equals("th");
  }

  /**
   * Captions and the text of figures that hold no table or quotation. A caption is known by its tag
   * or by its name ("media-caption", "wp-caption-text", {@code data-component="caption"}): many
   * themes put it in a plain {@code <p>} or {@code <div>} beside the image.
   */
  private static boolean isFigureText(Element el, ContentScorer scorer) {
    String tag = el.normalName();
    if (tag.equals("figcaption")) {
      return true;
    }
    // every element under the root is asked: tokenise only names that can hold the words
    String names = el.className() + " " + el.id() + BoilerplateHints.componentNames(el) + BoilerplateHints.blockNames(el);
    String lower = names.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("caption")) {
      for (String token : BoilerplateHints.tokens(names)) {
        if (token.equals("caption") || token.equals("captions")) {
          return true;
        }
      }
    }
    if ((lower.contains("gallery") || lower.contains("slide") || lower.contains("carousel")
        || lower.contains("lightbox")) && isSlides(el, names, scorer)) {
      return true;
    }
    return tag.equals("figure") && el.getElementsByTag("table").isEmpty()
        && el.getElementsByTag("blockquote").isEmpty();
  }

  /** A label above the headline ("Opinion", "Member-only story", "Breaking news") is this short. */
  static final int MAX_KICKER_WORDS = 4;

  /** A line of numbers alone, at most four ("342 12", "1.2K"): counts, not text. */
  static boolean isCountLine(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.length() <= 40 && t.chars().noneMatch(c -> Character.isLetter(c) && c != 'K' && c != 'k'
        && c != 'M') && TextNormalizer.countWords(t) <= 4;
  }

  /**
   * A line that is a clock time alone, perhaps with a time zone or an "Updated at" label: when a
   * live blog's entry was posted, not what it says. A dotted time ("14.32") needs its zone or
   * "a.m."/"p.m.", so that a figure on a line of its own is not read as one.
   */
  static boolean isClockLine(String text) {
    return text.length() <= 40 && CLOCK_LINE.matcher(text.strip()).matches();
  }

  private static final String ZONE = "(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT"
      + "|AEST|AEDT|IST|JST|KST|HKT|SGT|MSK)";
  private static final String MERIDIEM = "(?:[aApP]\\.?[mM]\\.?)";
  private static final Pattern CLOCK_LINE = Pattern.compile(
      "(?:(?i:updated|posted|published|last updated)(?:\\s+(?i:at|on))?:?\\s+)?"
          + "(?:\\d{1,2}:\\d{2}(?:\\s*" + MERIDIEM + ")?(?:\\s+" + ZONE + ")?"
          + "|\\d{1,2}\\.\\d{2}(?:\\s*" + MERIDIEM + "(?:\\s+" + ZONE + ")?|\\s+" + ZONE + "))");

  /** Class and id words of a photo gallery or slideshow. */
  private static final Set<String> GALLERY_NAMES =
      Set.of("gallery", "slide", "slides", "slideshow", "slider", "carousel", "lightbox");

  /** Words of caption a gallery holds per picture, at most: more is an article laid out in slides. */
  static final int MAX_GALLERY_WORDS_PER_IMAGE = 60;

  /**
   * A photo gallery or one of its slides: named so, holding pictures and no more than a caption's
   * words for each. Its captions, credits and counters ("2 of 4") describe the pictures, not the
   * story; a slideshow that carries the article's own text holds more words per picture, and a
   * slider that opens the page holds its headline.
   */
  private static boolean isSlides(Element el, String names, ContentScorer scorer) {
    boolean named = false;
    for (String token : BoilerplateHints.tokens(names)) {
      if (GALLERY_NAMES.contains(token)) {
        named = true;
        break;
      }
    }
    if (!named) {
      return false;
    }
    // counted once per page (every element under the root is asked, however deep galleries nest)
    int[] inside = scorer.marksWithin(el);
    int pictures = inside[ContentScorer.PICTURES];
    // a "hero slider" that opens the page with the headline and the lead is the article's start
    return pictures > 0 && inside[ContentScorer.HEADLINES] == 0
        && scorer.stats(el).words <= MAX_GALLERY_WORDS_PER_IMAGE * pictures;
  }

  /**
   * A link that is a line of the article itself when it comes before the article's last prose: a
   * sub-heading, a list item or a paragraph of two or more words whose links point into the page
   * (a table of contents) or out of the site (the firms, products or groups an article names, the
   * linked titles of a roundup of other sites' work). Links to the site's own other pages between
   * paragraphs are the "related stories" of a news body, however they are marked up. Link lists
   * after the last prose (sources, more links, other cities) are the page's, as are those in
   * regions named or reading as furniture, which are gone before this.
   */
  private static boolean isBodyLink(TextBlock b, String site) {
    String tag = b.owner().normalName();
    boolean line = (b.isHeading() && !tag.equals("h1")) || tag.equals("li") || tag.equals("p");
    if (!line || b.words() < 2) {
      return false;
    }
    Elements links = b.owner().getElementsByTag("a");
    if (links.isEmpty() || links.size() > 8) {
      return false;
    }
    for (Element a : links) {
      if (!pointsIntoPageOrOut(a.attr("href").strip(), site)) {
        return false;
      }
    }
    return true;
  }

  /** "#part", or an absolute link to another host than {@code site} (when the site is known). */
  static boolean pointsIntoPageOrOut(String href, String site) {
    if (href.startsWith("#")) {
      return true;
    }
    String lower = href.toLowerCase(java.util.Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//"))) {
      return false; // relative: the site's own page
    }
    String host = org.storyfuse.ingest.OutletNames.fromUrl(lower.startsWith("//") ? "https:" + href : href);
    if (host == null || site == null) {
      return false;
    }
    return !(host.equals(site) || host.endsWith("." + site) || site.endsWith("." + host));
  }

  /**
   * A photo or video credit closing a short block: "… Photo: Ana Lindqvist", "… Video: Reuters", "… Credit: Apple", "(Photo by
   * X)", "(AP Photo/X)", "… Getty Images". Such a block is an image's caption, whatever element
   * holds it (many themes put captions in a plain {@code <p>} or {@code <div>} under the image).
   * The credit word is capitalised, as credits print it: "the photo: a crowd…" is prose.
   */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(?:(?:^|[\\s(\\[|.])(?:Photo(?:graph)?s?|PHOTOS?|Images?|IMAGES?|Pictures?|Credits?|CREDITS?|Illustration)"
          + "(?i:(?: credits?)?(?: by)?)\\s*[:©]\\s*[^.!?:]{2,60}"
          // a video's credit only after a sentence: "Video: 4K/30p" alone is a camera's spec line
          + "|(?<=[.!?]\\s{1,3})(?:Videos?|VIDEOS?|Footage)\\s*:\\s*[^.!?:]{2,60}"
          + "|(?i:\\((?:photo|image|credit)s?(?: by)?:?\\s[^)]{2,60}\\))"
          + "|\\((?:AP|AFP|Reuters|EPA)(?: Photo)?/[^)]{2,60}\\)"
          + "|(?i:getty images|shutterstock|istock(?:photo)?)(?:/[^.!?]{2,40})?)\\)?\\.?'?\\s*$");

  /** Blocks longer than this are text, whatever they end with. */
  static final int MAX_CAPTION_WORDS = 60;

  static boolean isCaptionWithCredit(String text) {
    return TextNormalizer.countWords(text) <= MAX_CAPTION_WORDS && CAPTION_CREDIT.matcher(text).find();
  }

  /** A line that is only a web address, written out: "https://example.org/report.pdf". */
  private static final Pattern BARE_URL = Pattern.compile("(?:https?://|www\\.)\\S+");

  /** Whether {@code text} is only a web address (a long one counts many words, but is not prose). */
  static boolean isBareUrl(String text) {
    return BARE_URL.matcher(text.strip()).matches();
  }

  /**
   * Text that stands in for content: a template's filler ("Lorem ipsum dolor sit amet…", "Lorem
   * ipsum 2"), what a page shows while a part of it loads ("Loading…", "Loading paragraph...") and
   * what an embed shows when it does not load ("This video can not be played…", "… enable JavaScript").
   */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)lorem ipsum\\b.*|loading(?: \\p{L}+){0,2} ?(?:\\.\\.\\.|…)"
          // what an embed shows when it does not load: "This video can not be played. To play this
          // video you need to enable JavaScript in your browser.", "This content is not available."
          + "|this (?:video|audio|media|content|graphic|interactive|embed|map|chart|player)(?: content| player)? "
          + "(?:can ?not|cannot|can't|could not|is not|isn't|will not) (?:be )?(?:played|displayed|shown|loaded|available)\\b"
          + "[^.!?]{0,60}[.!?]?(?:\\s*[^.!?]{0,120}\\benable javascript\\b[^.!?]{0,60}[.!?]?)?"
          + "|(?:to (?:play|view|see|watch) this [^.!?]{0,40},? )?(?:you (?:will )?need to|please) enable javascript\\b[^.!?]{0,80}[.!?]?",
      Pattern.DOTALL);

  /** Whether {@code text} is placeholder text: a template's filler, a loading notice, an embed's fallback. */
  static boolean isPlaceholder(String text) {
    String t = text.strip();
    // a report of such a message ("This video cannot be shown, the court said.") is news
    return PLACEHOLDER.matcher(t).matches() && !BoilerplateText.reports(t);
  }

  /** A linked sentence this long is written text, not a title; headlines and menus are shorter. */
  static final int MIN_LINKED_SENTENCE_WORDS = 20;

  /** Words outside its links that make a linked line a sentence about them rather than a list of them. */
  static final int MIN_UNLINKED_WORDS = 8;

  /**
   * A sentence that links most of what it names: "This resort features in my top lists of the best
   * resorts in X, the most beautiful hotels and the best honeymoon hotels." — 20+ words, eight or more
   * of them outside the links, ending like a sentence. Before the article's last prose it is the
   * article's, wherever its links point: a related headline or a menu line is a title (short, no
   * full stop, all link), not a sentence with links in it.
   */
  static boolean isLinkedSentence(TextBlock b) {
    String t = b.text().strip();
    return b.words() >= MIN_LINKED_SENTENCE_WORDS && b.words() - b.linkWords() >= MIN_UNLINKED_WORDS
        && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Whether {@code b} is the headline: the title ({@code titleKey}: its comparable form, or null). */
  private static boolean isHeadline(TextBlock b, String titleKey) {
    return titleKey != null && b.words() <= 40 && TextNormalizer.comparable(b.text()).equals(titleKey);
  }

  private static boolean keep(TextBlock b, String titleKey, boolean beforeLastProse, String site) {
    if (b.linkDensity() > 0.5 && !b.isProse()
        && !(beforeLastProse && (isBodyLink(b, site) || isLinkedSentence(b)))) {
      return false;
    }
    if (!beforeLastProse && isBareUrl(b.text())) {
      return false; // addresses written out after the article (a source list): link lines in all but markup
    }
    if (BoilerplateText.isBoilerplate(b.text()) || isCaptionWithCredit(b.text()) || isPlaceholder(b.text())
        || BoilerplateText.isAboutTheArticle(b.text())) {
      return false;
    }
    if (isHeadline(b, titleKey)) {
      return false;
    }
    if (b.words() <= 8 && BYLINE_LINE.matcher(b.text()).matches()) {
      return false;
    }
    if (!beforeLastProse && !b.isProse() && isCreditLine(b.text())) {
      return false;
    }
    return true;
  }

  /**
   * A credit after the article's last paragraph: a short label, a colon and a name of two to four
   * capitalised words or two to four Chinese characters ("Editor: Li Ming", "责任编辑：李明",
   * "Photos: Ana Ruiz"). Who edited or photographed the story, not the story; in any language, known
   * by its shape. A property line ("Pet Safety: Nontoxic to cats and dogs.", "Language: Spanish") is
   * no name.
   */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "\\p{L}[\\p{L} ]{0,23}[:：]\\s*(?:\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){1,3}|[\\u4E00-\\u9FFF]{2,4})");

  static boolean isCreditLine(String text) {
    String t = text.strip();
    return t.length() <= 70 && TextNormalizer.countWords(t) <= 10 && CREDIT_LINE.matcher(t).matches();
  }
}
