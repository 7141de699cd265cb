package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a sentence CoreNLP's recogniser needs to read: the tokens within {@link #CONTEXT}
 * of a word with a capital (an opening function word aside, as in {@link NamelessSentences}) or of
 * a word LEAN's entity tagger is not sure lies outside any name ({@link RecogniserGate}). The 3-class
 * recogniser finds names, which English capitalises, and its features reach five words to each side
 * (disjunctive word features of width 5); a long run of lower-case words away from any capital is
 * labelled "O" whatever surrounds it, and reading it is most of the recogniser's cost in a long
 * sentence. Each window is read as a sentence of its own, so the words at its edges see a shorter
 * context; with six words of context around every capital that changed 1 of 7,818 entity mentions
 * on 250 real articles, with five 3, with four 1.4% (docs/EVALUATION.md).
 */
final class NameWindows {

  /** Words kept on each side of a capitalised word. */
  static final int CONTEXT = 6;

  /** Below this share of the sentence's tokens left out, the whole sentence is read: windows would save little. */
  static final double WORTH_CUTTING = 0.25;

  private NameWindows() {}

  /**
   * The windows to read, as [from, to) token ranges in order, or null to read the whole sentence
   * (windows would cover most of it, or it has no capital).
   *
   * @param words  the sentence's tokens as written
   * @param unsure per token, whether the entity tagger is unsure it lies outside any name (read
   *               around those too), or null
   */
  static List<int[]> of(String[] words, boolean[] unsure) {
    int n = words.length;
    boolean[] cover = new boolean[n];
    int opener = NamelessSentences.opener(words);
    for (int i = 0; i < n; i++) {
      boolean anchor = (unsure != null && unsure[i])
          || (NamelessSentences.isWord(words[i]) && NamelessSentences.hasCapital(words[i])
              && !NamelessSentences.isOpeningFunctionWord(words, i, opener));
      if (anchor) {
        for (int j = Math.max(0, i - CONTEXT); j <= Math.min(n - 1, i + CONTEXT); j++) {
          cover[j] = true;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    int covered = 0;
    for (int i = 0; i < n; ) {
      if (!cover[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && cover[j]) {
        j++;
      }
      out.add(new int[] {i, j});
      covered += j - i;
      i = j;
    }
    if (out.isEmpty() || covered >= (1 - WORTH_CUTTING) * n) {
      return null;
    }
    return out;
  }
}
