package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyfuse.ingest.dates.DateTextParser;

/**
 * Picks the headline from the header lines: of the last few headline-like lines, those nearest the
 * body, the one with the article's byline or date under it ({@link ArticleHead}), else the longest;
 * a breadcrumb trail or a tab title gives its headline part. A page's dump starts with its menus
 * and sections ("Research by Topic", "Apply to Work With Us") and puts the headline just above the
 * byline, date, share bar and body; a newswire dump's header is the headline and those lines
 * alone. Pages often show the headline twice, cut with "…" (a breadcrumb or tab title) and then in
 * full; the full one wins, and a cut one is used (without its "…") only when there is nothing
 * else. Archive exports label their fields: "HEADLINE: …" or "Title: …" is the headline without
 * its label, and the other fields ("SECTION: NEWS; Pg. 4", "LENGTH: 412 words") are none.
 */
final class TitleFinder {

  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 40;

  /**
   * A sentence that is not prose only by how it ends (a standfirst ending in a colon, a sentence
   * with markup after its full stop) is not the headline, however long: a full stop inside, or a
   * colon, semicolon or comma at the end. A question or an exclamation inside is a headline's
   * ("Need a Change? 7 Vital Tips …", "Tested! The best security cameras …").
   */
  private static final Pattern SENTENCE = Pattern.compile("\\p{L}{2}[.][\"'”’)]*\\s+\\S|[:;,]\\s*$");

  /** How many of the header's last headline-like lines may be the headline. */
  private static final int NEAR_THE_BODY = 4;
  private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…)+\\s*$");

  /**
   * A short line with a year and a day is a date in a form the date reader does not know ("12. Juni
   * 2028", "22 de agosto de 2028"); "Best laptops of 2025" is a headline.
   */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)[0-9]{2}\\b");
  private static final Pattern DAY = Pattern.compile("(?<![0-9])[0-9]{1,2}(?![0-9])");

  private static final int DATE_LIKE_WORDS = 5;

  private static final Pattern TITLE_LABEL = Pattern.compile("^(?i:headline|title|hed)\\s*:\\s*");

  /** Field labels of news archives' text exports (LexisNexis, Factiva and corpora built from them). */
  private static final Pattern FIELD_LABEL = Pattern.compile(
      "^(?i:section|length|words|word\\s+count|language|load-?date|publication(?:-?type)?|document-?type"
          + "|journal-?code|slug|dateline|graphic|notes?|highlight|source|subject|keywords|type|url|copyright)"
          + "\\s*:");

  private TitleFinder() {}

  /**
   * @param header the header's paragraph candidates, in order
   * @param lines  the dump's lines, to see what stands around a candidate ({@link ArticleHead})
   * @param dates  reads the dates a line states: a line that states one is a byline or a dateline
   *               ("Anna Kestrel March 10, 2026 32 comments"), not a headline
   */
  static Optional<String> find(List<Unit> header, List<ClassifiedLine> lines, DateTextParser dates) {
    List<Unit> units = new ArrayList<>();
    List<String> candidates = new ArrayList<>();
    for (Unit u : header) {
      String t = Prose.stripBullet(u.text());
      if (FIELD_LABEL.matcher(t).find()) {
        continue;
      }
      t = TITLE_LABEL.matcher(t).replaceFirst("");
      t = Boilerplate.headlineInATrail(t).orElse(t);
      if (isHeadlineLike(t) && BylineFinder.name(t).isEmpty()) {
        units.add(u);
        candidates.add(t);
      }
    }
    // the longest of the last few: menus and share bars are shorter than a headline, and the
    // header's last lines (a video's title, "Listen to this article") can stand below it; a line
    // with the article's byline or date under it wins over longer ones without (of a headline and
    // its dek, both with the byline under them, the longer: the dek stands nearer the byline). Read
    // from the body up, so a page's long header costs no date reading
    String best = null;
    boolean bestHeads = false;
    int seen = 0;
    for (int i = candidates.size() - 1; i >= 0 && seen < NEAR_THE_BODY; i--) {
      String t = candidates.get(i);
      if (Prose.endsWithEllipsis(t) || SENTENCE.matcher(t).find() || !dates.findAll(t).isEmpty()) {
        continue;
      }
      seen++;
      boolean heads = ArticleHead.isHead(units.get(i), lines);
      if (best == null || heads && !bestHeads || heads == bestHeads && Prose.words(t) > Prose.words(best)) {
        best = t;
        bestHeads = heads;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    // no such line: the first full one, else the first cut one without its "…"
    return candidates.stream()
        .filter(t -> !Prose.endsWithEllipsis(t))
        .findFirst()
        .or(() -> candidates.stream().findFirst().map(t -> TRAILING_ELLIPSIS.matcher(t).replaceFirst("")));
  }

  /** A few words, not starting in the middle of a sentence. */
  static boolean isHeadlineLike(String text) {
    int words = Prose.words(text);
    return words >= MIN_WORDS
        && !(words <= DATE_LIKE_WORDS && YEAR.matcher(text).find() && DAY.matcher(text).find())
        && words <= MAX_WORDS
        && !Character.isLowerCase(text.codePointAt(0))
        && !Prose.isProse(text);
  }
}
