package org.storyfuse.ingest.text;

/**
 * A paragraph candidate: consecutive text lines joined into one string.
 *
 * @param text      the joined, whitespace-normalised text
 * @param firstLine index of its first line in the input
 * @param lastLine  index of its last line
 */
record Unit(String text, int firstLine, int lastLine) {

  boolean isProse() {
    return Prose.isProse(text);
  }
}
