package org.storyfuse.ingest.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the headline from the header lines: the first headline-like line. Pages often show the
 * headline twice, cut with "…" (a breadcrumb or tab title) and then in full; the full one wins, and
 * a cut one is used (without its "…") only when there is nothing else. Archive exports label their
 * fields: "HEADLINE: …" or "Title: …" is the headline without its label, and the other fields
 * ("SECTION: NEWS; Pg. 4", "LENGTH: 412 words") are none.
 */
final class TitleFinder {

  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 40;
  private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…)+\\s*$");

  private static final Pattern TITLE_LABEL = Pattern.compile("^(?i:headline|title|hed)\\s*:\\s*");

  /** Field labels of news archives' text exports (LexisNexis, Factiva and corpora built from them). */
  private static final Pattern FIELD_LABEL = Pattern.compile(
      "^(?i:section|length|words|word\\s+count|language|load-?date|publication(?:-?type)?|document-?type"
          + "|journal-?code|slug|dateline|graphic|notes?|highlight|source|subject|keywords|type|url|copyright)"
          + "\\s*:");

  private TitleFinder() {}

  static Optional<String> find(List<Unit> header) {
    List<String> candidates =
        header.stream()
            .map(u -> Prose.stripBullet(u.text()))
            .filter(t -> !FIELD_LABEL.matcher(t).find())
            .map(t -> TITLE_LABEL.matcher(t).replaceFirst(""))
            .filter(TitleFinder::isHeadlineLike)
            .filter(t -> BylineFinder.name(t).isEmpty())
            .toList();
    Optional<String> full = candidates.stream().filter(t -> !Prose.endsWithEllipsis(t)).findFirst();
    if (full.isPresent()) {
      return full;
    }
    return candidates.stream()
        .findFirst()
        .map(t -> TRAILING_ELLIPSIS.matcher(t).replaceFirst(""));
  }

  /** A few words, not starting in the middle of a sentence. */
  static boolean isHeadlineLike(String text) {
    int words = Prose.words(text);
    return words >= MIN_WORDS
        && words <= MAX_WORDS
        && !Character.isLowerCase(text.codePointAt(0))
        && !Prose.isProse(text);
  }
}
