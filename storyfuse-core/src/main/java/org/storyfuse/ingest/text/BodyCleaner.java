package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the body's paragraph candidates into clean paragraphs: drops link lists (runs of
 * headline-like lines) and the unpunctuated tail (tags, credits, links without a marker), strips
 * bullets and datelines, and drops repeated text.
 */
final class BodyCleaner {

  /** This many headline-like lines in a row is a list of links, not subheadings. */
  private static final int LINK_RUN = 3;

  private BodyCleaner() {}

  static List<String> clean(List<Unit> body) {
    List<Unit> units = dropLinkRuns(body);
    int end = units.size();
    while (end > 0 && !units.get(end - 1).isProse()) {
      end--; // a body ends with a sentence; what trails it is furniture
    }
    end = beforeTrailingTeasers(units, end);
    List<String> paragraphs = new ArrayList<>();
    for (Unit u : units.subList(0, end)) {
      String text = Datelines.strip(Prose.stripBullet(u.text())).strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return RepeatedText.dropRepeats(paragraphs);
  }

  /** Other stories' teasers after the article: at least this many headline-and-teaser pairs. */
  private static final int TEASER_PAIRS = 2;

  /**
   * Where the body ends when other stories' teasers trail it with no marker above them: pairs of a
   * headline (a few words: no time stamp, no gallery's "2 of 4") and a one-paragraph teaser, each
   * teaser about something else than the article before them ({@link TopicCosine}). A subheading
   * and its paragraph share the article's words and stay.
   *
   * @param end the body's units end here (exclusive); it ends with prose
   */
  private static int beforeTrailingTeasers(List<Unit> units, int end) {
    int start = end;
    while (start >= 2 && units.get(start - 1).isProse()
        && TitleFinder.isHeadlineLike(units.get(start - 2).text())) {
      start -= 2;
    }
    if ((end - start) / 2 < TEASER_PAIRS) {
      return end;
    }
    List<Unit> article = units.subList(0, start).stream().filter(Unit::isProse).toList();
    if (article.isEmpty()) {
      return end;
    }
    Map<String, Integer> articleTerms = TopicCosine.termCounts(article);
    int teasers = 0;
    int cut = end;
    // from the last pair up, while each teaser is off the article's topic
    while (cut - 2 >= start && TopicCosine.cosine(TopicCosine.termCounts(List.of(units.get(cut - 1))),
        articleTerms) < TopicCosine.SAME_TOPIC) {
      cut -= 2;
      teasers++;
    }
    return teasers >= TEASER_PAIRS ? cut : end;
  }

  private static List<Unit> dropLinkRuns(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    int i = 0;
    while (i < units.size()) {
      int j = i;
      while (j < units.size() && isLinkLike(units.get(j))) {
        j++;
      }
      if (j - i < LINK_RUN) {
        kept.addAll(units.subList(i, Math.max(j, i + 1)));
        i = Math.max(j, i + 1);
      } else {
        i = j;
      }
    }
    return kept;
  }

  /** A headline-like line; bulleted items are lists of facts, not of links. */
  private static boolean isLinkLike(Unit u) {
    return !u.isProse() && !Prose.startsWithBullet(u.text());
  }
}
