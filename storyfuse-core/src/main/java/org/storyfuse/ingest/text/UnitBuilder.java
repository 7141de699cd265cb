package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups text lines into paragraph candidates. Blank lines and non-text lines (dates, furniture)
 * separate paragraphs. Inside a run of text lines, hard-wrapped lines are joined: wrapped text
 * fills lines to a similar width, so a clearly shorter line ends its paragraph, while lines longer
 * than anyone wraps at are each a paragraph of their own (dumps with one paragraph per line). A
 * bulleted line starts a new paragraph.
 */
final class UnitBuilder {

  /** Nobody hard-wraps wider than this; longer lines are unwrapped paragraphs. */
  static final int MAX_WRAP_WIDTH = 120;

  /** A line this much shorter than the widest line of its run ends a paragraph. */
  private static final double SHORT_LINE = 0.6;

  /** A sentence end on a line shorter than this share of the widest line ends a paragraph. */
  private static final double ROOM_LEFT = 0.85;

  private UnitBuilder() {}

  static List<Unit> build(List<ClassifiedLine> lines) {
    List<Unit> units = new ArrayList<>();
    List<ClassifiedLine> run = new ArrayList<>();
    for (ClassifiedLine line : lines) {
      if (line.is(LineKind.TEXT)) {
        run.add(line);
      } else {
        split(run, units);
        run.clear();
      }
    }
    split(run, units);
    return units;
  }

  private static void split(List<ClassifiedLine> run, List<Unit> out) {
    if (run.isEmpty()) {
      return;
    }
    int width = run.stream().mapToInt(l -> l.text().length()).max().orElse(0);
    boolean wrapped = width <= MAX_WRAP_WIDTH;
    StringBuilder text = new StringBuilder();
    int first = run.get(0).index();
    for (int i = 0; i < run.size(); i++) {
      ClassifiedLine line = run.get(i);
      if (text.length() > 0 && Prose.startsWithBullet(line.text())) {
        out.add(new Unit(text.toString(), first, run.get(i - 1).index())); // a list item starts
        text.setLength(0);
        first = line.index();
      }
      append(text, line.text());
      boolean last = i == run.size() - 1;
      boolean ends = !wrapped || endsParagraph(line.text(), width);
      if (last || ends) {
        out.add(new Unit(text.toString(), first, line.index()));
        text.setLength(0);
        if (!last) {
          first = run.get(i + 1).index();
        }
      }
    }
  }

  /**
   * In wrapped text a paragraph ends on a clearly short line, or on a sentence end that leaves
   * room on the line (a wrapper would have filled it with the next sentence's words).
   */
  private static boolean endsParagraph(String line, int width) {
    int length = line.length();
    return length < SHORT_LINE * width
        || (length < ROOM_LEFT * width && Prose.endsSentence(line));
  }

  /** Joins a wrapped line: "inter-" + "national" stays one word, anything else gets a space. */
  private static void append(StringBuilder text, String line) {
    int n = text.length();
    if (n == 0) {
      text.append(line);
    } else if (n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
        && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
      text.append(line);
    } else {
      text.append(' ').append(line);
    }
  }
}
