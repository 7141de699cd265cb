package org.storyfuse.ingest.html;

/** Whitespace normalisation and word counting for text taken out of HTML. Stateless. */
final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * Collapses every run of whitespace (including no-break and other Unicode spaces) to one space,
   * drops zero-width characters and soft hyphens, and strips both ends. Null becomes "".
   */
  static String normalize(CharSequence text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
        || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
        || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u0085';
  }

  private static boolean isInvisible(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }

  /**
   * Number of words: maximal runs of letters or digits (the way the benchmarks' \w+ counts), each
   * Chinese or Japanese character a word of its own. Those scripts write no spaces, so a run would
   * make a whole clause one word, and a paragraph of Chinese news would weigh like a short line of
   * furniture.
   */
  static int countWords(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u3040' && isIdeographic(c)) { // one comparison for the Latin text most pages are
        words++;
        inWord = false;
        continue;
      }
      boolean w = Character.isLetterOrDigit(c) || c == '_';
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    return words;
  }

  /** Han characters and kana: scripts written without spaces between words. */
  static boolean isIdeographic(char c) {
    return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\uF900' && c <= '\uFAFF');
  }

  /** Count of sentence and clause punctuation marks (.,;:!?) and their CJK forms. */
  static int countPunctuation(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '.', ',', ';', '!', '?', '\u3002', '\uFF0C', '\u060C' -> n++;
        default -> { }
      }
    }
    return n;
  }

  /** Lowercased, whitespace-normalised form used for comparing short strings (titles, names). */
  static String comparable(String text) {
    String n = normalize(text).toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201B', '\u2032' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u2033' -> out.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Cuts {@code text} to at most {@code max} chars without splitting a surrogate pair. */
  static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
