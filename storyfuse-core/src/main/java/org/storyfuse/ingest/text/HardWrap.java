package org.storyfuse.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Undoes hard wrapping before lines are classified: newswire archives, mail and many corpora spread
 * one paragraph over lines of 60–80 characters, and a wrapped line read alone looks like a title,
 * a label or furniture. Lines that continue the line before are joined into one logical line, so
 * the classifier sees whole paragraphs.
 *
 * <p>A text counts as hard-wrapped when at least two lines break mid-sentence (no sentence end, the
 * next line starting in lower case) and none of those is longer than anyone wraps at; the wrap
 * width is the longest such line. Without that evidence the lines are returned as they are (web
 * dumps put one paragraph on a line). In a wrapped text a line joins the one before it when
 * <ul>
 *   <li>neither is blank, a byline, a date line or a rule, the next line is not more indented (a paragraph
 *       indent), a bullet or a dateline, and neither is much longer than the wrap width;
 *   <li>and the next line continues a sentence (starts in lower case after a line with no sentence
 *       end, or follows a line ending in a comma, a function word or a dateline dash), or the line
 *       is full: the next line's first word would not have fitted on it, allowing for ragged
 *       right margins;
 *   <li>but not when the line is a headline: the first line of the text or a title-case or
 *       capitals line above a paragraph, that a wrapper would have filled further.
 * </ul>
 * Joining two paragraphs by mistake loses no word; cutting one would, since a fragment read alone
 * can pass for a title or furniture. Linear in the text. Stateless and thread-safe.
 */
final class HardWrap {

  /** Nobody hard-wraps wider than this. */
  static final int MAX_WRAP_WIDTH = 120;

  /** Mid-sentence breaks needed before a text is taken as hard-wrapped. */
  static final int MIN_EVIDENCE = 2;

  /** How much shorter than the wrap width a full line may be, as a share of the width (ragged margins). */
  static final double RAGGED_SHARE = 0.2;

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "to", "in", "for", "and", "or", "but", "nor", "with", "on", "at",
      "by", "from", "as", "that", "which", "who", "whom", "whose", "than", "into", "onto", "upon",
      "about", "after", "before", "over", "under", "between", "said", "says", "is", "are", "was",
      "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
      "might", "its", "their", "his", "her", "our", "this", "these", "those", "not", "also", "if",
      "when", "while", "where", "because", "per", "via", "de", "la", "le", "der", "die", "das", "und");

  /** "VALMORA, March 10 (Reuters) -", "NEW YORK --": a dateline on a line of its own. */
  private static final Pattern DATELINE_END = Pattern.compile("^\\p{Lu}[^.!?]{0,80}\\s(?:-{1,2}|–|—|:)$");

  /** A dash used as punctuation at a line's start: "-- who …", "– some of them …". */
  private static final Pattern DASH_CONTINUATION = Pattern.compile("^(?:-{1,2}|–|—)\\s+\\p{Ll}");

  private static final Pattern HAS_WORD_CHAR = Pattern.compile("[\\p{L}\\p{N}]");

  private HardWrap() {}

  /**
   * @param raw the text's lines as they are, indentation included
   * @return the logical lines, cleaned as {@link TextLines#clean} does; blank lines are kept
   */
  static List<String> reflow(List<String> raw) {
    return reflow(raw, line -> false);
  }

  /**
   * @param raw        the text's lines as they are, indentation included
   * @param standalone lines that are never joined to another (date lines)
   * @return the logical lines, cleaned as {@link TextLines#clean} does; blank lines are kept
   */
  static List<String> reflow(List<String> raw, Predicate<String> standalone) {
    List<String> lines = new ArrayList<>(raw.size());
    int[] indent = new int[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      lines.add(TextLines.clean(raw.get(i)));
      indent[i] = indentOf(raw.get(i));
    }
    int width = wrapWidth(lines, indent);
    if (width <= 0) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    Boolean[] known = new Boolean[lines.size()]; // standalone.test per line, asked at most once
    StringBuilder logical = new StringBuilder();
    boolean textSeen = false; // a logical line was finished before the current one
    boolean joined = false; // the current logical line holds more than one line
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (logical.length() > 0
          && continues(lines.get(i - 1), line, indent[i - 1], indent[i], width, !joined, !textSeen)
          && (!isStandalone(i, lines, standalone, known) || endsSentenceWithDate(lines.get(i - 1), line))
          && !isStandalone(i - 1, lines, standalone, known)) {
        append(logical, line);
        joined = true;
        continue;
      }
      if (logical.length() > 0) {
        out.add(logical.toString());
        textSeen = true;
        logical.setLength(0);
      }
      joined = false;
      if (line.isEmpty()) {
        out.add(line);
      } else {
        logical.append(line);
      }
    }
    if (logical.length() > 0) {
      out.add(logical.toString());
    }
    return out;
  }

  /**
   * "Monday, January 15, 2029." under "The next review is scheduled for": a sentence that ends in a
   * date, wrapped so the date fills the last line. A date line of a header does not end in a full
   * stop, and the line above it is a headline or a byline, not a sentence left open.
   */
  private static boolean endsSentenceWithDate(String a, String dateLine) {
    return Prose.endsSentence(dateLine) && !Prose.endsSentence(a)
        && (!isHeadlineStyle(a) || Datelines.startsWithDateline(a));
  }

  private static boolean isStandalone(int i, List<String> lines, Predicate<String> standalone, Boolean[] known) {
    if (known[i] == null) {
      known[i] = standalone.test(lines.get(i));
    }
    return known[i];
  }

  /**
   * The width the text is wrapped at: the longest line that breaks mid-sentence, when at least
   * {@link #MIN_EVIDENCE} lines do; else 0 (not hard-wrapped).
   */
  static int wrapWidth(List<String> lines, int[] indent) {
    int evidence = 0;
    int width = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String a = lines.get(i);
      String b = lines.get(i + 1);
      if (a.isEmpty() || b.isEmpty() || a.length() > MAX_WRAP_WIDTH) {
        continue;
      }
      if (!Prose.endsSentence(a) && startsLowerCase(b) && Prose.words(a) >= 3) {
        evidence++;
        width = Math.max(width, indent[i] + a.length());
      }
    }
    return evidence >= MIN_EVIDENCE ? width : 0;
  }

  /**
   * Whether {@code b} continues {@code a} in a text wrapped at {@code width}.
   *
   * @param aStartsBlock {@code a} starts a logical line (nothing was joined into it)
   * @param aFirst       {@code a} is the text's first non-blank line
   */
  static boolean continues(String a, String b, int indentA, int indentB, int width, boolean aStartsBlock,
      boolean aFirst) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int limit = Math.max(width + 10, width * 5 / 4);
    if (a.length() > limit || b.length() > limit) {
      return false; // an unwrapped paragraph next to wrapped ones
    }
    if (!HAS_WORD_CHAR.matcher(a).find() || !HAS_WORD_CHAR.matcher(b).find()) {
      return false; // rules and ornaments
    }
    boolean aEnds = Prose.endsSentence(a);
    int firstWord = b.indexOf(' ') < 0 ? b.length() : b.indexOf(' ');
    int fill = indentA + a.length() + 1 + firstWord;
    boolean full = fill > width - Math.round(RAGGED_SHARE * width);
    boolean open = leftOpen(a, aEnds, full);
    if (indentB > indentA || (Prose.startsWithBullet(b) && !(open && DASH_CONTINUATION.matcher(b).find()))
        || BylineFinder.isByline(a) || (BylineFinder.isByline(b) && !(open && startsLowerCase(b)))
        || Datelines.startsWithDateline(b)) {
      return false;
    }
    if (goesOnWith(a, b)) {
      return true;
    }
    if (DATELINE_END.matcher(a).matches()) {
      return true;
    }
    if (aStartsBlock && !aEnds && (aFirst || isHeadlineStyle(a)) && !Datelines.startsWithDateline(a)) {
      return fill > width && !isHeadlineStyle(a); // a headline unless a wrapper had no choice
    }
    return full;
  }

  /**
   * A line that stops mid-sentence where the wrapper ran out of room (or on a comma or a function
   * word), and is no headline. What starts the next line then goes on with that sentence even when
   * it looks like a line of its own: "by Tuesday evening." is no byline, "-- who guide every ship"
   * no list item. A byline stands under a headline or is written "By …"; a list item is not cut
   * from a sentence.
   */
  private static boolean leftOpen(String a, boolean aEnds, boolean full) {
    return !aEnds && (full || endsOpen(a)) && (!isHeadlineStyle(a) || Datelines.startsWithDateline(a));
  }

  /**
   * Whether {@code b} goes on with the sentence {@code a} stopped in: it starts in lower case, or
   * {@code a} stops on a comma, a hyphen or a word that cannot end a sentence.
   */
  static boolean goesOnWith(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && !Prose.endsSentence(a) && (startsLowerCase(b) || endsOpen(a));
  }

  /** Ends with a comma, a hyphen, or a word that cannot end a sentence ("the", "of", "said"). */
  private static boolean endsOpen(String a) {
    char last = a.charAt(a.length() - 1);
    if (last == ',' || last == ';' || last == '-' || last == '(' || last == '&') {
      return true;
    }
    int space = a.lastIndexOf(' ');
    String word = a.substring(space + 1);
    return FUNCTION_WORDS.contains(word) && !word.isEmpty();
  }

  /** All capitals, or title case: most of its longer words capitalised. */
  static boolean isHeadlineStyle(String line) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    if (letters >= 3 && upper >= 0.8 * letters) {
      return true;
    }
    int longWords = 0;
    int capitalised = 0;
    for (String w : line.split(" ")) {
      String word = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (word.length() >= 4) {
        longWords++;
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords >= 2 && capitalised >= 0.75 * longWords;
  }

  private static boolean startsLowerCase(String line) {
    int cp = line.codePointAt(0);
    return Character.isLowerCase(cp);
  }

  /** Leading whitespace in columns: a tab counts four. */
  static int indentOf(String raw) {
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\t') {
        n += 4;
      } else if (c == ' ' || c == '\u00A0' || c == '\u3000') {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  /** Joins a wrapped line: "well-" + "known" stays one word, anything else gets a space. */
  static void append(StringBuilder text, String line) {
    int n = text.length();
    if (n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
        && Character.isLowerCase(line.codePointAt(0))) {
      text.append(line);
    } else {
      text.append(' ').append(line);
    }
  }

}
