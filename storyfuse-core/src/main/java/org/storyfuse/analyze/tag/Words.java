package org.storyfuse.analyze.tag;

import java.util.Locale;

/** Word normalisation and shapes shared by the feature templates. */
final class Words {

  private Words() {
  }

  /**
   * Lower case, with numbers folded into classes (a year, other digits) and inner-hyphen words into
   * one class: the tag of "1998" or "3.5" or "well-known" depends on its form, not its letters.
   */
  static String normalise(String word) {
    if (word.isEmpty()) {
      return word;
    }
    if (word.length() == 4 && allDigits(word)) {
      return "!YEAR";
    }
    if (Character.isDigit(word.charAt(0))) {
      return "!DIGITS";
    }
    if (word.indexOf('-', 1) > 0 && word.length() > 2) {
      return "!HYPHEN";
    }
    return word.toLowerCase(Locale.ROOT);
  }

  /** {@link #normalise} of each word. */
  static String[] normaliseAll(String[] words) {
    String[] norms = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      norms[i] = normalise(words[i]);
    }
    return norms;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word's shape with runs collapsed: "Putin" → "Xx", "NATO" → "X", "U.S." → "X.X.", "1962" →
   * "d", "McCain" → "XxXx", "e-mail" → "x-x".
   */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && sb.length() < 8; i++) {
      char c = word.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'x' : c;
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }
}
