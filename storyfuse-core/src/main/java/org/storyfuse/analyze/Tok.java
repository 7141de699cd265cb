package org.storyfuse.analyze;

/**
 * One token of an analysed article, detached from CoreNLP so the rules stay plain Java.
 *
 * @param index    position among all tokens of the article
 * @param text     the token as written
 * @param pos      Penn Treebank tag
 * @param ner      NER label, "O" for none
 * @param begin    character offset in {@link Doc#text()}
 * @param end      character offset just past it
 * @param sentence sentence index (SentenceSplitter numbering)
 */
record Tok(int index, String text, String pos, String ner, int begin, int end, int sentence) {

  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  boolean isPronoun() {
    return pos.startsWith("PRP") || pos.equals("WP");
  }

  boolean isPunct() {
    return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0)) && !text.equals("'s")
        && !text.equals("’s") && !text.equals("$");
  }
}
