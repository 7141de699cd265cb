package org.storyfuse.analyze.tag;

/**
 * A sentence as the feature templates read it.
 *
 * @param words   the words as written
 * @param norms   the words normalised ({@link Words#normalise})
 * @param pos     per-token POS tags of an earlier tagger (what the NER templates read), else null
 * @param lexicon per-token entries of the model's lexicon (the label a word mostly had in training,
 *                or null), else null when the model has no lexicon
 * @param gazetteer per-token {@link Gazetteer#marks}, else null when the templates read none
 */
record Tokens(String[] words, String[] norms, String[] pos, String[] lexicon, String[] gazetteer) {

  int size() {
    return words.length;
  }

  /**
   * The words with their normal forms, lexicon entries looked up in {@code model} and, when the
   * templates read them, gazetteer marks.
   */
  static Tokens of(String[] words, String[] pos, PerceptronModel model, FeatureTemplates templates) {
    String[] lexicon = null;
    if (model.hasLexicon()) {
      lexicon = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lexicon[i] = model.lexiconEntry(words[i]);
      }
    }
    String[] gazetteer = templates.readsGazetteer() ? Gazetteer.shared().marks(words) : null;
    return new Tokens(words, Words.normaliseAll(words), pos, lexicon, gazetteer);
  }
}
