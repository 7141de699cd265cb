package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in paragraphs by their marks: curly and straight double quotes, curly and
 * straight single quotes (told apart from apostrophes: "Russia’s", "don't"), guillemets. Single quotes
 * nested in a double quote belong to it. A quote left open at the end of a paragraph continues only
 * when the next paragraph opens with a quote mark (the news convention for multi-paragraph quotes);
 * any other unmatched mark is ignored. One linear pass per paragraph: bad input costs nothing extra.
 */
final class QuoteMarks {

  /**
   * A quoted passage.
   *
   * @param paragraph      index of the paragraph (in the list given)
   * @param open           offset of the opening mark in the paragraph
   * @param close          offset just past the closing mark (the paragraph's length when open-ended)
   * @param contentStart   offset of the first quoted character
   * @param contentEnd     offset just past the last quoted character
   * @param continuesNext  the quote runs on into the next paragraph
   * @param continuesPrev  the quote continues one left open in the previous paragraph
   */
  record Span(int paragraph, int open, int close, int contentStart, int contentEnd,
              boolean continuesNext, boolean continuesPrev) {}

  private QuoteMarks() {}

  static List<Span> find(List<String> paragraphs) {
    List<Span> out = new ArrayList<>();
    boolean carried = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      String next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : "";
      carried = scan(paragraphs.get(p), p, carried, startsWithOpener(next), out);
    }
    return out;
  }

  /** Scans one paragraph; returns whether a quote is carried into the next one. */
  private static boolean scan(String s, int p, boolean carriedIn, boolean nextOpens, List<Span> out) {
    int open = -1;
    boolean single = false;
    boolean first = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDoubleOpen(c) || (c == '"' && open < 0)) {
        if (open >= 0 && !single && c != '"') {
          open = -1; // a new opener before a closer: the earlier mark was stray
        }
        if (open < 0 || single) {
          open = i;
          single = false;
        }
      } else if ((isDoubleClose(c) || c == '"') && open >= 0 && !single) {
        emit(out, p, s, open, i + 1, false, first && carriedIn && open == 0);
        first = false;
        open = -1;
      } else if (open < 0 && isSingleOpen(s, i)) {
        open = i;
        single = true;
      } else if (open >= 0 && single && isSingleClose(s, i)) {
        emit(out, p, s, open, i + 1, false, false);
        first = false;
        open = -1;
      }
    }
    if (open >= 0 && !single && nextOpens) {
      emit(out, p, s, open, s.length(), true, first && carriedIn && open == 0);
      return true;
    }
    return false;
  }

  private static void emit(List<Span> out, int p, String s, int open, int close, boolean runsOn, boolean continued) {
    int from = open + 1;
    int to = runsOn ? close : close - 1;
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == ',')) {
      to--;
    }
    if (to > from) {
      out.add(new Span(p, open, close, from, to, runsOn, continued));
    }
  }

  static boolean startsWithOpener(String paragraph) {
    String t = paragraph.stripLeading();
    return !t.isEmpty() && (isDoubleOpen(t.charAt(0)) || t.charAt(0) == '"');
  }

  private static boolean isDoubleOpen(char c) {
    return c == '“' || c == '„' || c == '«';
  }

  private static boolean isDoubleClose(char c) {
    return c == '”' || c == '»';
  }

  /** ‘ or ' at a word start, followed by a letter or digit. */
  private static boolean isSingleOpen(String s, int i) {
    char c = s.charAt(i);
    if (c != '‘' && c != '\'') {
      return false;
    }
    boolean atWordStart = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    boolean beforeWord = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    return atWordStart && beforeWord;
  }

  /** ’ or ' after a non-space and not followed by a letter (so not "Russia’s" or "don't"). */
  private static boolean isSingleClose(String s, int i) {
    char c = s.charAt(i);
    if (c != '’' && c != '\'') {
      return false;
    }
    boolean afterText = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
    boolean notInWord = i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1));
    return afterText && notInWord;
  }
}
