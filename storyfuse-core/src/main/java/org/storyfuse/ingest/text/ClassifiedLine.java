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

  /**
   * Lines {@code from} to {@code to} (both included) of {@code lines} as furniture, blank ones
   * left blank: a box found by what stands around it (a skip mark, a sign-up button, a consent
   * banner's buttons) goes whole.
   */
  static void markBoilerplate(java.util.List<ClassifiedLine> lines, int from, int to) {
    for (int i = from; i <= to; i++) {
      ClassifiedLine l = lines.get(i);
      if (!l.is(LineKind.BLANK)) {
        lines.set(i, new ClassifiedLine(l.index(), l.text(), LineKind.BOILERPLATE));
      }
    }
  }
}
