package org.storyfuse.fuse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence can stand alone in a summary, away from the sentences around it in its
 * article. Two kinds cannot:
 * <ul>
 *   <li>one that opens with a word pointing back ("He said…", "This comes after…", "It was the
 *       third…", "Their offer…"): who or what it means is in an earlier sentence;
 *   <li>a quote that opens the sentence without a named speaker after it ("“We will not back down.”",
 *       "“We will not back down,” he said."): a brief never shows words without saying whose.
 * </ul>
 */
final class Standalone {

  private Standalone() {}

  /** Words that refer back when they open a sentence. */
  static final Set<String> BACK_REFERENCES = Set.of(
      "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "him", "them",
      "such");

  private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"“”‘’'«(\\[—–-]*(\\p{L}+)");
  private static final Pattern OPENING_QUOTE = Pattern.compile("^\\s*[\"“„«‘']");
  /** A speech verb after the quote, then or before it a capitalised name that is not a pronoun. */
  private static final Pattern SPEECH = Pattern.compile(
      "\\b(said|says|say|told|tells|added|adds|asked|asks|stated|states|wrote|writes|according to|insisted|"
          + "warned|declared|announced|explained|noted|argued|replied|continued)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’.-]+");
  private static final Set<String> PRONOUNS = Set.of("He", "She", "It", "They", "We", "I", "You", "This", "That");

  static boolean test(String sentence) {
    Matcher first = FIRST_WORD.matcher(sentence);
    if (!OPENING_QUOTE.matcher(sentence).find() && first.find()
        && BACK_REFERENCES.contains(first.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (OPENING_QUOTE.matcher(sentence).find()) {
      int close = Math.max(Math.max(sentence.lastIndexOf('”'), sentence.lastIndexOf('"')), sentence.lastIndexOf('’'));
      if (close <= 0) {
        return false;
      }
      String tail = sentence.substring(close + 1);
      if (!SPEECH.matcher(tail).find()) {
        return false;
      }
      Matcher name = NAME.matcher(tail);
      while (name.find()) {
        if (!PRONOUNS.contains(name.group())) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
