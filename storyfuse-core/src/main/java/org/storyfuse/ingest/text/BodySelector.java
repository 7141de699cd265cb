package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where the body starts and ends. It starts at the first prose paragraph (what comes before
 * is header: title, byline, kickers). It ends at the first cut-off marker after that ("Previous
 * Story", "Related Posts"), or at a link line ("ALSO READ: …") that only links follow; a link line
 * with real body text after it is interleaved and only the line goes.
 */
final class BodySelector {

  /** A marker this short carries no headline of its own: the link's headline is the next line. */
  private static final int BARE_MARKER_WORDS = 3;

  private BodySelector() {}

  static Layout select(List<ClassifiedLine> lines, List<Unit> units) {
    int first = firstProse(units);
    int bodyStart = first < 0 ? lines.size() : units.get(first).firstLine();
    int cut = lines.size();
    Set<Unit> links = new HashSet<>();
    for (ClassifiedLine line : lines) {
      if (!isMarker(line)) {
        continue;
      }
      if (line.index() > bodyStart && endsBody(line, lines, units)) {
        cut = line.index();
        break;
      }
      if (Prose.words(line.text()) <= BARE_MARKER_WORDS) {
        unitAfter(units, line.index()).filter(u -> !u.isProse()).ifPresent(links::add);
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

  private static int firstProse(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).isProse()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isMarker(ClassifiedLine line) {
    return line.is(LineKind.CUT_OFF) || line.is(LineKind.SEE_ALSO);
  }

  /** A cut-off always ends the body; a link line only when no prose follows before the next marker. */
  private static boolean endsBody(ClassifiedLine marker, List<ClassifiedLine> lines, List<Unit> units) {
    if (marker.is(LineKind.CUT_OFF)) {
      return true;
    }
    int next = lines.size();
    for (int i = marker.index() + 1; i < lines.size(); i++) {
      if (isMarker(lines.get(i))) {
        next = i;
        break;
      }
    }
    for (Unit u : units) {
      if (u.firstLine() > marker.index() && u.firstLine() < next && u.isProse()) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Unit> unitAfter(List<Unit> units, int lineIndex) {
    return units.stream().filter(u -> u.firstLine() > lineIndex).findFirst();
  }
}
