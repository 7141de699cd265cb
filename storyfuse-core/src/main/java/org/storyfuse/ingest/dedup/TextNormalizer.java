package org.storyfuse.ingest.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words of a body for duplicate detection. Case, accents, punctuation, spacing and wire credit
 * lines are what syndicating outlets change most often without changing the story, so they are
 * dropped.
 */
final class TextNormalizer {

  /** Credit and rights lines outlets append to wire copy ("(Reporting by …; Editing by …)", "© 2023 …"). */
  private static final Pattern CREDIT_OR_NOTICE =
      Pattern.compile(
          "^\\W*(?:(?:additional\\s+)?(?:reporting|writing|editing|compiled)\\s+by\\b|©|copyright\\b)"
              + "|all\\s+rights\\s+reserved",
          Pattern.CASE_INSENSITIVE);
  /** Longer paragraphs are story text even when they mention copyright. */
  private static final int MAX_NOTICE_CHARS = 300;

  private TextNormalizer() {}

  /** The words of the paragraphs that are not credit or rights notices, folded. */
  static List<String> words(List<String> paragraphs) {
    List<String> words = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (!isNotice(paragraph)) {
        addWords(paragraph, words);
      }
    }
    return words;
  }

  static boolean isNotice(String paragraph) {
    return paragraph.length() <= MAX_NOTICE_CHARS && CREDIT_OR_NOTICE.matcher(paragraph).find();
  }

  private static void addWords(String text, List<String> words) {
    // Decompose only when needed: most text is ASCII, and decomposition is the costly part.
    String folded = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // accents: "café" and "cafe" are one word
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
