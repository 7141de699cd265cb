package org.storyfuse.ingest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boxes a page lets screen readers skip, which a dump keeps between their two marks: "Skip
 * SocialSite post, 1" … "End of SocialSite post, 1" around an embedded post, "Skip past newsletter
 * sign-up" … "End of newsletter sign-up" around a sign-up box. Everything from the first mark to
 * the second is furniture. ("Skip to content" is a link to the page's parts, not a box.)
 */
final class SkippedBoxes {

  private static final Pattern SKIP = Pattern.compile("(?i)skip\\s+(?:past\\s+)?(?!to\\b)(\\S.{0,59})");
  private static final Pattern END = Pattern.compile("(?i)end\\s+of\\s+(\\S.{0,59})");

  /** A box's second mark stands within this many lines of its first, or there is none. */
  private static final int MAX_BOX_LINES = 200;

  private SkippedBoxes() {}

  /** Marks every line of each such box in {@code lines} (mutable), marks included, as boilerplate. */
  static void mark(List<ClassifiedLine> lines) {
    // the second marks by what they close, so a dump of a million first marks costs no scan each
    Map<String, TreeSet<Integer>> ends = new HashMap<>();
    for (int j = 0; j < lines.size(); j++) {
      Matcher end = END.matcher(lines.get(j).text().strip());
      if (end.matches()) {
        ends.computeIfAbsent(end.group(1).toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(j);
      }
    }
    if (ends.isEmpty()) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher skip = SKIP.matcher(lines.get(i).text().strip());
      if (!skip.matches()) {
        continue;
      }
      TreeSet<Integer> closing = ends.get(skip.group(1).toLowerCase(Locale.ROOT));
      Integer j = closing == null ? null : closing.higher(i);
      if (j == null || j > i + MAX_BOX_LINES) {
        continue;
      }
      ClassifiedLine.markBoilerplate(lines, i, j);
      i = j;
    }
  }
}
