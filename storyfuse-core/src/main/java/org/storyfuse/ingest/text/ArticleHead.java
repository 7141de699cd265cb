package org.storyfuse.ingest.text;

import java.util.List;

/**
 * An article's head in a page's dump: its headline as a block of its own, then within a few lines
 * a byline or a date line — at most one line of prose (a standfirst) between them. Menus, link
 * lists and section headings rarely carry a byline or a date under them; the story's headline
 * usually does. A byline followed by a date is the same head seen from below.
 */
final class ArticleHead {

  /** Lines after a headline that may hold its byline and date before the story's first paragraph. */
  private static final int HEAD_LINES = 6;

  private ArticleHead() {}

  /** Whether {@code u} heads an article: a standalone headline-like line or a byline, with its byline or date below. */
  static boolean isHead(Unit u, List<ClassifiedLine> lines) {
    return (isByline(u) || TitleFinder.isHeadlineLike(u.text()) && standsAlone(u, lines)) && headFollows(u, lines);
  }

  static boolean isByline(Unit u) {
    return BylineFinder.isByline(u.text());
  }

  /** Blank lines (or the text's edges) around the unit: a page's headline is a block of its own. */
  private static boolean standsAlone(Unit u, List<ClassifiedLine> lines) {
    return (u.firstLine() == 0 || lines.get(u.firstLine() - 1).is(LineKind.BLANK))
        && (u.lastLine() + 1 >= lines.size() || lines.get(u.lastLine() + 1).is(LineKind.BLANK));
  }

  /** A byline or a date line among the few lines after {@code headline}, at most one line of prose before it. */
  private static boolean headFollows(Unit headline, List<ClassifiedLine> lines) {
    int seen = 0;
    int prose = 0;
    for (int i = headline.lastLine() + 1; i < lines.size() && seen < HEAD_LINES; i++) {
      ClassifiedLine line = lines.get(i);
      if (line.is(LineKind.BLANK)) {
        continue;
      }
      seen++;
      if (line.is(LineKind.DATE) || BylineFinder.isByline(line.text())) {
        return true;
      }
      if (Prose.isProse(line.text()) && ++prose > 1) {
        return false;
      }
    }
    return false;
  }
}
