package org.storyfuse.ingest.text;

import java.util.regex.Pattern;

/**
 * Tells running prose (body sentences) from headline-like and furniture text. Body paragraphs end
 * in sentence punctuation or are long; headlines, labels and links are short and unpunctuated.
 */
final class Prose {

  private static final String CLOSERS = "[\"'”’»)\\]]*";

  /** A full stop, possibly inside closing quotes: the end of a statement. */
  private static final Pattern ENDS_STATEMENT = Pattern.compile("(?<!\\.\\.)[.。।]" + CLOSERS + "$");

  /** A question or exclamation mark at the end: headlines end like this too. */
  private static final Pattern ENDS_QUESTION = Pattern.compile("[!?！？؟]" + CLOSERS + "$");

  private static final Pattern ENDS_ELLIPSIS = Pattern.compile("(?:\\.\\.\\.|…)" + CLOSERS + "$");

  /** "… word. Next": a sentence ends inside the text ("U.S. and" and "1.5" do not match). */
  private static final Pattern INNER_BOUNDARY =
      Pattern.compile("\\p{Ll}{2}[.!?]" + CLOSERS + " [\"'“‘«(]?\\p{Lu}");

  /** Leading list glyphs that are not part of the text. */
  private static final Pattern BULLET = Pattern.compile("^[•·▪►■◆●◦‣*\\-–—]+\\s+");

  /** Statements at least this long are body text. */
  private static final int MIN_STATEMENT_WORDS = 4;

  /** Anything this long is body text, punctuated or not (teasers, unpunctuated dumps). */
  private static final int LONG_WORDS = 25;

  private Prose() {}

  static boolean isProse(String text) {
    int words = words(text);
    if (words >= LONG_WORDS) {
      return true;
    }
    if (ENDS_ELLIPSIS.matcher(text).find()) {
      return false; // a truncated headline or teaser
    }
    if (ENDS_STATEMENT.matcher(text).find()) {
      return words >= MIN_STATEMENT_WORDS;
    }
    return words >= 12 && INNER_BOUNDARY.matcher(text).find();
  }

  /** At least this many words make a sentence that is text, never a label or a control line. */
  static final int RUNNING_PROSE_WORDS = 20;

  /**
   * Sentences: long and punctuated as text is (a sentence end, inside or at the end). A long tag
   * list or link line has no sentence end and does not qualify.
   */
  static boolean isRunningProse(String text, int words) {
    return words >= RUNNING_PROSE_WORDS
        && (ENDS_STATEMENT.matcher(text).find() || ENDS_QUESTION.matcher(text).find()
            || INNER_BOUNDARY.matcher(text).find());
  }

  static boolean endsWithEllipsis(String text) {
    return ENDS_ELLIPSIS.matcher(text).find();
  }

  /** Ends with a full stop, question or exclamation mark (not an ellipsis). */
  static boolean endsSentence(String text) {
    return ENDS_STATEMENT.matcher(text).find() || ENDS_QUESTION.matcher(text).find();
  }

  /** Text without a leading bullet glyph. */
  static String stripBullet(String text) {
    return BULLET.matcher(text).replaceFirst("");
  }

  static boolean startsWithBullet(String text) {
    return BULLET.matcher(text).find();
  }

  /**
   * Word count: whitespace-separated tokens with a letter or digit, plus one per two ideographs,
   * since Chinese and Japanese do not put spaces between words.
   */
  static int words(String text) {
    int tokens = 0;
    boolean inToken = false;
    boolean tokenHasWordChar = false;
    int ideographs = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        if (inToken && tokenHasWordChar) {
          tokens++;
        }
        inToken = false;
        tokenHasWordChar = false;
        continue;
      }
      inToken = true;
      if (Character.isIdeographic(cp) || isKana(cp)) {
        ideographs++;
      } else if (Character.isLetterOrDigit(cp)) {
        tokenHasWordChar = true;
      }
    }
    if (inToken && tokenHasWordChar) {
      tokens++;
    }
    return tokens + ideographs / 2;
  }

  private static boolean isKana(int cp) {
    if (cp < 0x3040) {
      return false; // below the Hiragana block; spares the costly script lookup for most text
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
  }
}
