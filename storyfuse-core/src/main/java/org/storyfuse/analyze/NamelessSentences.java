package org.storyfuse.analyze;

import org.storyfuse.text.Terms;

/**
 * Which sentences CoreNLP's recogniser need not read: those with no capitalised word but a
 * function word opening them ("The council voted to close the bridge.", "He said it would take a
 * year."). The 3-class recogniser finds people, organisations and places, which English writes
 * with a capital; it labels such a sentence all "O", so running it there only costs time — about
 * half the sentences of news and web pages, and the recogniser is most of RAPID's analysis. A
 * capitalised opener that is not a function word ("Russia said…", "Kestrel recalled…") keeps the
 * sentence, as does any capital after it.
 */
final class NamelessSentences {

  private NamelessSentences() {}

  /** @param words the sentence's tokens as written */
  static boolean mayNameSomething(String[] words) {
    boolean opener = true;
    for (String w : words) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue; // punctuation, quote marks and figures name nothing
      }
      if (Character.isUpperCase(w.charAt(0)) && !(opener && Terms.isStopword(w))) {
        return true;
      }
      opener = false;
    }
    return false;
  }
}
