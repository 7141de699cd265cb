package org.storyfuse.ingest.text;

/**
 * One normalised line of the input and what it was classified as.
 *
 * @param index position among all lines (blank ones included)
 */
record ClassifiedLine(int index, String text, LineKind kind) {

  boolean is(LineKind k) {
    return kind == k;
  }
}
