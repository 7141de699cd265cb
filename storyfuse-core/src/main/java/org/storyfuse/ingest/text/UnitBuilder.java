package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups text lines into paragraph candidates. Blank lines and non-text lines (dates, furniture)
 * separate paragraphs. Inside a run of text lines, a line the text's wrapping left (too little of
 * it for {@link HardWrap} to take the text as wrapped) is joined to the one before when it goes on
 * with that line's sentence (starts in lower case, or the line before stops on a comma, a hyphen
 * or a function word): a page's headline is never run into the byline line under it. A wrapper
 * fills each line greedily, so when the next line's first word would have fit on a line, the break
 * there was the author's: a paragraph ends. Lines longer than anyone wraps at, or runs where every
 * line ends a sentence, are one paragraph per line. A bulleted line or a byline starts a new one.
 */
final class UnitBuilder {

  /** Nobody hard-wraps wider than this; longer lines are unwrapped paragraphs. */
  static final int MAX_WRAP_WIDTH = 120;

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
    boolean linePerParagraph =
        width > MAX_WRAP_WIDTH || run.stream().allMatch(l -> Prose.endsSentence(l.text()));
    StringBuilder text = new StringBuilder();
    int first = run.get(0).index();
    for (int i = 0; i < run.size(); i++) {
      ClassifiedLine line = run.get(i);
      append(text, line.text());
      boolean last = i == run.size() - 1;
      if (last
          || linePerParagraph
          || startsItem(run.get(i + 1).text())
          || !HardWrap.goesOnWith(line.text(), run.get(i + 1).text())
          || nextWordFits(line.text(), run.get(i + 1).text(), width)) {
        out.add(new Unit(text.toString(), first, line.index()));
        text.setLength(0);
        if (!last) {
          first = run.get(i + 1).index();
        }
      }
    }
  }

  /** A bulleted line or a byline is never the continuation of the line before. */
  private static boolean startsItem(String line) {
    return Prose.startsWithBullet(line) || BylineFinder.isByline(line);
  }

  /** Whether a greedy wrapper at {@code width} would have put the next line's first word here. */
  private static boolean nextWordFits(String line, String next, int width) {
    int space = next.indexOf(' ');
    int firstWord = space < 0 ? next.length() : space;
    return line.length() + 1 + firstWord <= width;
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
