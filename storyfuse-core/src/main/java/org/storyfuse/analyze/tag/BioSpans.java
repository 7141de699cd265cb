package org.storyfuse.analyze.tag;

/**
 * The spans of a sentence's BIO labels, read one way everywhere (the reader's entity spans, the
 * article-wide consistency pass, the agreement measure): a span starts at "B-X", or at an "I-X"
 * that follows no open span, and goes on over "I-X" of the same type.
 */
public final class BioSpans {

  /** Receives one span: tokens {@code [from, to)} of the given type. */
  public interface Consumer {
    void span(int from, int to, String type);
  }

  private BioSpans() {
  }

  /** Calls {@code consumer} for each span of {@code labels}, left to right. */
  public static void forEach(String[] labels, Consumer consumer) {
    int from = -1;
    String type = null;
    for (int i = 0; i <= labels.length; i++) {
      String label = i < labels.length ? labels[i] : "O";
      boolean inside = type != null && label.startsWith("I-") && label.regionMatches(2, type, 0, type.length())
          && label.length() == type.length() + 2;
      if (type != null && !inside) {
        consumer.span(from, i, type);
        type = null;
      }
      if (label.startsWith("B-") || label.startsWith("I-") && type == null) {
        from = i;
        type = label.substring(2);
      }
    }
  }
}
