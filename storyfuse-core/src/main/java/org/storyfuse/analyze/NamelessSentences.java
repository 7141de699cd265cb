package org.storyfuse.analyze;

import org.storyfuse.text.Terms;

/**
 * Which sentences CoreNLP's recogniser need not read: those with no capitalised word but a
 * function word opening them ("The council voted to close the bridge.", "He said it would take a
 * year."). The 3-class recogniser finds people, organisations and places, which English writes
 * with a capital; it labels such a sentence all "O", so running it there only costs time — about
 * half the sentences of news and web pages, and the recogniser is most of RAPID's analysis. A
 * capitalised opener that is not a function word ("Russia said…", "Kestrel recalled…") keeps the
 * sentence, as does any capital after it, first letter or not ("iDefense", "eBay").
 */
final class NamelessSentences {

  private NamelessSentences() {}

  /** @param words the sentence's tokens as written */
  static boolean mayNameSomething(String[] words) {
    int opener = opener(words);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (isWord(w) && hasCapital(w) && !isOpeningFunctionWord(words, i, opener)) {
        return true;
      }
    }
    return false;
  }

  /** The position of the sentence's first word (punctuation, quote marks and figures name nothing), or -1. */
  static int opener(String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (isWord(words[i])) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token i is the sentence's first word ({@code opener}) and a function word, capitalised only by its place. */
  static boolean isOpeningFunctionWord(String[] words, int i, int opener) {
    return i == opener && Terms.isStopword(words[i]);
  }

  /** A capital anywhere in the word: "Ilves", and names written with a small first letter, "iDefense", "eBay". */
  static boolean hasCapital(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A token that starts with a letter: a word, not punctuation, a quote mark or a figure. */
  static boolean isWord(String w) {
    return !w.isEmpty() && Character.isLetter(w.charAt(0));
  }
}
