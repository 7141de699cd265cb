package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.ingest.dates.DateTextParser;

/**
 * Classifies each line of a text dump by what the line alone shows (see {@link LineKind}).
 * Decisions that need the surrounding lines (where the body starts, whether a marker really ends
 * it) are {@link BodySelector}'s. Thread-safe.
 */
final class LineClassifier {

  private final DateTextParser dates;

  LineClassifier(DateTextParser dates) {
    this.dates = dates;
  }

  /** Each line with its kind, in a new list the box passes may mark further. */
  List<ClassifiedLine> classify(List<String> lines) {
    List<ClassifiedLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(new ClassifiedLine(i, lines.get(i), kindOf(lines.get(i))));
    }
    return out;
  }

  /** A line that is essentially a date ("Published: 11:40 AM, 14 January 2022"). */
  boolean isDateLine(String line) {
    String clean = TextLines.clean(line);
    return !clean.isEmpty() && Prose.words(clean) <= 16 && DateLine.read(clean, dates).isDateLine();
  }

  LineKind kindOf(String line) {
    if (line.isEmpty()) {
      return LineKind.BLANK;
    }
    int words = Prose.words(line);
    if (Boilerplate.isCutOff(line, words)) {
      return LineKind.CUT_OFF;
    }
    if (Boilerplate.isSeeAlso(line, words)) {
      return LineKind.SEE_ALSO;
    }
    // dates before furniture: "Published: 11:40 AM, 14 January 2022" is a date, not a stray label
    if (DateLine.read(line, dates).isDateLine()) {
      return LineKind.DATE;
    }
    // running prose is never furniture, whatever its first words ("Copyright lawyers said …"),
    // but for a consent panel's, worded as the plugins word it
    if (Boilerplate.isConsentNotice(line, words)
        || !Prose.isRunningProse(line, words) && Boilerplate.isFurniture(line, words)) {
      return LineKind.BOILERPLATE;
    }
    if (Captions.isCaption(line)) {
      return LineKind.CAPTION;
    }
    return LineKind.TEXT;
  }
}
