package org.storyfuse.render;

import java.util.Locale;
import java.util.Set;

/**
 * Reported speech as the clause after "X said". A report taken from the start of its sentence ("Both
 * sides will put proposals on the table…, Blinken said") keeps the capital its sentence gave it, which
 * reads wrong after "said". Only a word that is never a name is lowered; any other first word is left
 * as the source wrote it ("Russia", "NATO", "I").
 */
final class ReportedClause {

  /** Sentence-opening words that are capitalised only because they open the sentence. */
  private static final Set<String> COMMON_OPENERS = Set.of(
      "the", "a", "an", "both", "all", "some", "many", "most", "several", "few", "no", "any", "each", "every",
      "there", "this", "that", "these", "those", "such", "it", "its", "he", "his", "she", "her", "they", "their",
      "we", "our", "you", "your", "if", "unless", "when", "while", "after", "before", "more", "less");

  private ReportedClause() {}

  /** The report with its first word lowered when that word is a common opener. */
  static String afterSaid(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String first = text.substring(0, end);
    if (end == 0 || !Character.isUpperCase(first.charAt(0)) || !COMMON_OPENERS.contains(first.toLowerCase(Locale.ROOT))
        || (first.length() > 1 && Character.isUpperCase(first.charAt(1)))) {
      return text;
    }
    return Character.toLowerCase(first.charAt(0)) + text.substring(1);
  }
}
