package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text dump into lines with whitespace normalised: every line-ending convention, the
 * Unicode spaces pages use for layout (no-break, thin, ideographic), and invisible characters
 * (zero-width space, BOM, soft hyphen) that would otherwise break word matching.
 */
final class TextLines {

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u0085\\u2028\\u2029]");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  // zero-width joiner/non-joiner are kept: Persian and Indic scripts need them
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");

  private TextLines() {}

  /** The lines of {@code text}, each stripped and with inner whitespace runs collapsed to one space. */
  static List<String> split(String text) {
    String[] raw = LINE_BREAK.split(text, -1);
    List<String> lines = new ArrayList<>(raw.length);
    for (String line : raw) {
      lines.add(clean(line));
    }
    return lines;
  }

  /** The lines of {@code text} as they are (indentation and inner spacing kept). */
  static List<String> raw(String text) {
    return List.of(LINE_BREAK.split(text, -1));
  }

  static String clean(String line) {
    String visible = INVISIBLE.matcher(line).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }
}
