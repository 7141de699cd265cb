package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;

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
    List<String> paragraphs = new ArrayList<>();
    for (Unit u : units.subList(0, end)) {
      String text = Datelines.strip(Prose.stripBullet(u.text())).strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return RepeatedText.dropRepeats(paragraphs);
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
