package org.storyfuse.ingest.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storyfuse.text.lexicon.NameParticles;

/**
 * Finds a "By Jane Doe" line among the header lines and reads the name(s) off it; also the German,
 * French and Spanish/Portuguese forms ("Von …", "Par …", "Por …"), whose name must start with a
 * capital as the English one's does ("Von der Leyen" is no byline), and an archive's labelled field
 * ("BYLINE: …", "Author: …").
 */
final class BylineFinder {

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:(?:by|written\\s+by|words\\s+by|story\\s+by|reported\\s+by|von|par|por)\\s+"
              + "|(?:by|byline|author|authors|author\\(s\\)|writer)\\s*:\\s*)(?<who>\\p{Lu}[^|•·]{1,80}?)"
              + "\\s*(?:[|•·].*)?$");

  private static final int MAX_WORDS = 14;

  private static final Pattern AGENCY = Pattern.compile("(?:" + OutletFinder.AGENCIES + ")\\.?");

  /** Two to four capitalised words, with a surname's particles between them: a person's name. */
  private static final Pattern BARE_NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:" + NameParticles.ALTERNATION + ")\\s+){0,3}"
          + "\\p{Lu}[\\p{L}'’.-]+){1,3}");

  /** A byline's label alone on its line, the name on the next: how a page dump renders "By <a>Name</a>". */
  private static final Pattern LABEL_ALONE = Pattern.compile(
      "(?i:by|written\\s+by|words\\s+by|story\\s+by|reported\\s+by|posted\\s+by|author|authors|von|par|por)\\s*:?");

  /** Words a list of names may hold in lower case: a surname's particles and the joins between names. */
  private static final Set<String> LOWER_CASE_IN_NAMES = Stream.concat(NameParticles.WORDS.stream(), Stream.of("and", "&", "/"))
      .collect(Collectors.toUnmodifiableSet());

  /** Names under a label run a few words ("Lisa D. Ellis", "Anna Roe and Li Wen"), a menu's links more. */
  private static final int NAMES_WORDS = 6;

  private BylineFinder() {}

  static Optional<Unit> find(List<Unit> header) {
    return header.stream().filter(u -> isByline(u.text())).findFirst();
  }

  /**
   * The writer's name where a page dump states it without "By": a header line of two to four
   * capitalised words (a surname's particles allowed, no digits) right above or below the date
   * line ("Pavlina Petkova" over "April 10, 2025"). The last such line before the body wins.
   */
  static Optional<String> nameBesideDate(List<Unit> header, List<ClassifiedLine> lines) {
    for (int i = header.size() - 1; i >= 0; i--) {
      Unit u = header.get(i);
      if (u.firstLine() == u.lastLine() && BARE_NAME.matcher(u.text()).matches()
          && (isDate(lines, u.firstLine() - 1) || isDate(lines, u.firstLine() + 1))) {
        return Optional.of(u.text().strip());
      }
    }
    return Optional.empty();
  }

  /**
   * The writer's name on the line after a byline's label standing alone ("By" over "Sofia Kondrat",
   * "Written by" over "Rebecca Edwards"), in the lines before {@code end} (where the body ends: the
   * label often stands below a body start taken too early); the first such.
   */
  static Optional<String> nameUnderALabel(List<ClassifiedLine> lines, int end) {
    for (int i = 0; i < Math.min(end, lines.size()); i++) {
      if (!LABEL_ALONE.matcher(lines.get(i).text().strip()).matches()) {
        continue;
      }
      for (int j = i + 1; j < Math.min(end, lines.size()); j++) {
        if (!lines.get(j).is(LineKind.BLANK)) {
          Optional<String> who = name("By " + lines.get(j).text().strip()).filter(BylineFinder::namesOnly);
          if (who.isPresent()) {
            return who;
          }
          break;
        }
      }
    }
    return Optional.empty();
  }

  /** A few words, each capitalised or a particle: "Lisa D. Ellis", not "Reply to Elaine" or a menu's run of links. */
  private static boolean namesOnly(String who) {
    String[] words = who.strip().split("\\s+");
    if (words.length > NAMES_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !LOWER_CASE_IN_NAMES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDate(List<ClassifiedLine> lines, int index) {
    return index >= 0 && index < lines.size() && lines.get(index).is(LineKind.DATE);
  }

  /** Whether {@code line} is a byline line: a writer's name, perhaps with a date or section after it. */
  static boolean isByline(String line) {
    return name(line).isPresent();
  }

  /** The author part of a byline line, without the date or section that may follow a separator. */
  static Optional<String> name(String line) {
    if (Prose.words(line) > MAX_WORDS) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String who = m.group("who").strip();
    // "By Region", "By Category": a filter's heading names no one; a byline names a person (two words or
    // more) or an agency ("By Reuters")
    return who.contains(" ") || AGENCY.matcher(who).matches() ? Optional.of(who) : Optional.empty();
  }
}
