package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.storyfuse.text.Terms;

/**
 * Decides where the body starts and ends. It starts at the first prose paragraph (what comes before
 * is header: title, byline, kickers). It ends at the first cut-off marker after that ("Previous
 * Story", "Related Posts") unless the article's prose resumes after the marker's short box of
 * links, or at a link line ("ALSO READ: …") that only links follow; a link line or a box with real
 * body text after it is interleaved and only it goes.
 */
final class BodySelector {

  /** A marker this short carries no headline of its own: the link's headline is the next line. */
  private static final int BARE_MARKER_WORDS = 3;

  /** Fewer prose words than this before a cut-off may be a teaser in the page's header. */
  private static final int MIN_STORY_WORDS = 50;

  /** What must follow such a cut-off to be the story instead: this many prose words at least … */
  private static final int MIN_RESTART_WORDS = 100;

  /** … and this many times the teaser's. */
  private static final int RESTART_FACTOR = 3;

  /**
   * A "body" before the first cut-off whose prose is under this share of its words is menus (links,
   * labels, a pitch a line), however many words their pitches add up to.
   */
  private static final double MENU_PROSE_SHARE = 0.5;

  /** An article holds a few boxes of links; past this many a cut-off ends it (and the work stays bounded). */
  private static final int MAX_BOXES = 16;

  /** Restarts are few: a page's header has a teaser or two, not a chain of them. */
  private static final int MAX_RESTARTS = 3;

  /** An article's own box of links holds a few; a page's lists after the article run longer. */
  private static final int MAX_BOX_UNITS = 8;

  /** Paragraphs of prose after a box that show the article goes on (a page's footer has one). */
  private static final int RESUMED_PARAGRAPHS = 2;

  /**
   * How much the prose after a box must share the words of the body before it to be the same
   * article's: other stories' teasers, a site's description and a newsletter's pitch share less.
   */
  private static final double MIN_TOPIC_COSINE = TopicCosine.SAME_TOPIC;

  private BodySelector() {}

  static Layout select(List<ClassifiedLine> lines, List<Unit> units) {
    Layout layout = select(lines, units, 0);
    for (int restarts = 0; restarts < MAX_RESTARTS; restarts++) {
      int story = storyBelowATeaser(layout, lines, units);
      if (story < 0) {
        break;
      }
      layout = select(lines, units, story);
    }
    int head = headBelowTheStart(layout, lines, units);
    return head < 0 ? layout : select(lines, units, head);
  }

  /**
   * A page's menus can hold a line of prose (a product's pitch, a section's description, a writer's
   * bio), where the body first starts; the article's own head ({@link ArticleHead}: its headline,
   * then within a few lines a byline or a date) stands further down, above the story. When the
   * prose above such a head is short (under {@link #MIN_STORY_WORDS} words) and the prose below it,
   * up to the next cut-off, is long ({@link #MIN_RESTART_WORDS} words and {@link #RESTART_FACTOR}
   * times as much), the body starts below the head and the head joins the header, where the title
   * is read.
   *
   * @return the line the body may start at, or -1 to keep the layout
   */
  private static int headBelowTheStart(Layout layout, List<ClassifiedLine> lines, List<Unit> units) {
    int before = 0;
    int heads = 0;
    for (Unit u : layout.body()) {
      if (before >= MIN_STORY_WORDS || heads >= MAX_RESTARTS) {
        return -1;
      }
      if (u.isProse()) {
        before += Prose.words(u.text());
        continue;
      }
      if (!ArticleHead.isHead(u, lines)) {
        continue;
      }
      heads++; // each costs a pass over the story below it: a dump of nothing but heads stays linear
      int start = u.lastLine() + 1;
      int next = nextLine(lines, start, BodySelector::isCutOff);
      List<Unit> story = units.subList(firstUnitFrom(units, start), firstUnitFrom(units, next));
      int words = proseWords(story);
      if (words >= MIN_RESTART_WORDS && words >= RESTART_FACTOR * before) {
        // a headline names the story below it (a "Learn about our editorial process" line over a
        // writer's bio and a date does not)
        if (ArticleHead.isByline(u) || namesTheStory(u, TopicCosine.termCounts(story))) {
          return start;
        }
      }
    }
    return -1;
  }

  /** At least half of a headline's terms (and two) occur in the story's text. */
  private static boolean namesTheStory(Unit headline, Map<String, Integer> storyTerms) {
    List<String> terms = Terms.of(headline.text());
    long found = terms.stream().distinct().filter(storyTerms::containsKey).count();
    return found >= 2 && 2 * found >= terms.stream().distinct().count();
  }

  /**
   * A page's header can hold a sentence ("Season 18: Episode 9: I'm Not Planting a Garden This
   * Year. Here's Why.", a podcast's teaser, a newsletter's pitch), and its menus cut-offs ("Latest
   * Posts", "Recommended"): the "body" before the first of them is a few words, or menus whose
   * pitches add up to more but stand among more words of links and labels, and the story follows
   * the menus. Then the body starts again in the first stretch between two cut-offs below
   * that holds several times as much prose (the first: a long comment thread lies further down). A
   * short story that ends in lists of others keeps its body: the lists hold no such stretch.
   *
   * @return the line the body may start at, or -1 to keep the layout
   */
  private static int storyBelowATeaser(Layout layout, List<ClassifiedLine> lines, List<Unit> units) {
    if (layout.cut() >= lines.size()) {
      return -1;
    }
    int before = proseWords(layout.body());
    // menus' pitches can add up to a short story's words, but beside their links they are the lesser part
    if (before >= MIN_STORY_WORDS && before >= MENU_PROSE_SHARE * allWords(layout.body())) {
      return -1;
    }
    int start = layout.cut() + 1;
    while (start <= lines.size()) {
      int next = nextLine(lines, start, BodySelector::isCutOff);
      int words = proseWords(units.subList(firstUnitFrom(units, start), firstUnitFrom(units, next)));
      if (words >= MIN_RESTART_WORDS && words >= RESTART_FACTOR * before) {
        return start;
      }
      start = next + 1;
    }
    return -1;
  }

  private static int allWords(List<Unit> units) {
    return words(units, u -> true);
  }

  private static int proseWords(List<Unit> units) {
    return words(units, Unit::isProse);
  }

  private static int words(List<Unit> units, Predicate<Unit> which) {
    int words = 0;
    for (Unit u : units) {
      if (which.test(u)) {
        words += Prose.words(u.text());
      }
    }
    return words;
  }

  /** @param from the first line the body may start at */
  private static Layout select(List<ClassifiedLine> lines, List<Unit> units, int from) {
    int first = firstProse(units, from);
    int bodyStart = first < 0 ? lines.size() : units.get(first).firstLine();
    int cut = lines.size();
    Set<Unit> links = new HashSet<>();
    int boxes = 0;
    for (ClassifiedLine line : lines) {
      if (!isMarker(line)) {
        continue;
      }
      if (line.index() > bodyStart && line.is(LineKind.CUT_OFF)) {
        Optional<List<Unit>> box = ++boxes > MAX_BOXES || Boilerplate.opensComments(line.text()) ? Optional.empty()
            : interleavedBox(line, lines, units, bodyStart);
        if (box.isEmpty()) {
          cut = line.index();
          break;
        }
        links.addAll(box.get());
        continue;
      }
      if (line.index() > bodyStart && endsBody(line, lines, units)) {
        cut = line.index();
        break;
      }
      if (Prose.words(line.text()) <= BARE_MARKER_WORDS) {
        // "Read also" over its links, a line each: the headlines on the lines right under it, up to
        // a blank line, a sentence or a list item
        int i = firstUnitFrom(units, line.index() + 1);
        for (int n = 0; n < MAX_BOX_UNITS && i < units.size() && isHeadlineLink(units.get(i))
            && (n == 0 || units.get(i).firstLine() == units.get(i - 1).lastLine() + 1); n++, i++) {
          links.add(units.get(i));
        }
      }
    }
    List<Unit> header = new ArrayList<>();
    List<Unit> body = new ArrayList<>();
    for (Unit u : units) {
      if (links.contains(u) || u.lastLine() >= cut) {
        continue;
      }
      (u.firstLine() < bodyStart ? header : body).add(u);
    }
    return new Layout(List.copyOf(header), List.copyOf(body), bodyStart, cut);
  }

  private static int firstProse(List<Unit> units, int from) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).firstLine() >= from && units.get(i).isProse()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isMarker(ClassifiedLine line) {
    return line.is(LineKind.CUT_OFF) || line.is(LineKind.SEE_ALSO);
  }

  /**
   * A cut-off ("More on this", "You might also like: …") inside the article rather than after it:
   * its box of links — headlines, a teaser sentence between two of them — is short, and the
   * article's prose resumes after it, at least {@link #RESUMED_PARAGRAPHS} paragraphs before the
   * next cut-off, on the article's topic ({@link #MIN_TOPIC_COSINE}). Then the box's units, empty
   * otherwise: the cut-off ends the body. A box's last headline may carry a teaser; it is read as
   * the resumed body's first paragraph (a teaser kept costs less than an article's rest lost).
   */
  private static Optional<List<Unit>> interleavedBox(ClassifiedLine marker, List<ClassifiedLine> lines,
      List<Unit> units, int bodyStart) {
    List<Unit> after = untilNextCutOff(marker.index(), lines, units);
    int end = 0; // the box is after[0, end): links, and teasers between two of them
    while (end < after.size()
        && (!after.get(end).isProse()
            || (end > 0 && !after.get(end - 1).isProse() && end + 1 < after.size() && !after.get(end + 1).isProse()))) {
      end++;
    }
    if (end > MAX_BOX_UNITS) {
      return Optional.empty();
    }
    int resumed = 0;
    for (int i = end; i < after.size() && after.get(i).isProse(); i++) {
      resumed++;
    }
    if (resumed < RESUMED_PARAGRAPHS) {
      return Optional.empty();
    }
    List<Unit> before = new ArrayList<>();
    for (Unit u : units.subList(firstUnitFrom(units, bodyStart), firstUnitFrom(units, marker.index()))) {
      if (u.isProse()) {
        before.add(u);
      }
    }
    boolean sameTopic = TopicCosine.cosine(TopicCosine.termCounts(before),
        TopicCosine.termCounts(after.subList(end, after.size()))) >= MIN_TOPIC_COSINE;
    return sameTopic ? Optional.of(after.subList(0, end)) : Optional.empty();
  }

  /** The units after line {@code marker}, up to the next cut-off line or the end. */
  private static List<Unit> untilNextCutOff(int marker, List<ClassifiedLine> lines, List<Unit> units) {
    int next = nextLine(lines, marker + 1, BodySelector::isCutOff);
    return units.subList(firstUnitFrom(units, marker + 1), firstUnitFrom(units, next));
  }

  /** The index of the first line at or after {@code from} that {@code kind} accepts, or the number of lines. */
  private static int nextLine(List<ClassifiedLine> lines, int from, Predicate<ClassifiedLine> kind) {
    for (int i = from; i < lines.size(); i++) {
      if (kind.test(lines.get(i))) {
        return i;
      }
    }
    return lines.size();
  }

  private static boolean isCutOff(ClassifiedLine line) {
    return line.is(LineKind.CUT_OFF);
  }

  /** The position of the first unit starting at or after {@code line}; units are in line order. */
  private static int firstUnitFrom(List<Unit> units, int line) {
    int lo = 0;
    int hi = units.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (units.get(mid).firstLine() < line) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A link line ends the body only when no prose follows before the next marker. The link lines
   * right under it are one box with it ("Recommended: …" three times between two paragraphs): the
   * prose after the box counts.
   */
  private static boolean endsBody(ClassifiedLine marker, List<ClassifiedLine> lines, List<Unit> units) {
    int after = marker.index() + 1;
    // a box is a few links (a longer run is the page's list, and each of its lines is a marker: bounded work)
    for (int n = 0; n < MAX_BOX_UNITS && after < lines.size() && lines.get(after).is(LineKind.SEE_ALSO); n++) {
      after++;
    }
    int next = nextLine(lines, after, BodySelector::isMarker);
    for (Unit u : units.subList(firstUnitFrom(units, after), firstUnitFrom(units, next))) {
      if (u.isProse()) {
        return false;
      }
    }
    return true;
  }

  /** A unit that reads as a link's headline: no sentence, no list item (a list states facts). */
  private static boolean isHeadlineLink(Unit u) {
    return !u.isProse() && !Prose.startsWithBullet(u.text());
  }
}
