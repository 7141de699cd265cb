package org.storyfuse.ingest.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private BylineFinder() {}

  static Optional<Unit> find(List<Unit> header) {
    return header.stream().filter(u -> name(u.text()).isPresent()).findFirst();
  }

  /** The author part of a byline line, without the date or section that may follow a separator. */
  static Optional<String> name(String line) {
    if (Prose.words(line) > MAX_WORDS) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(line);
    return m.matches() ? Optional.of(m.group("who").strip()) : Optional.empty();
  }
}
