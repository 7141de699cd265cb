package org.storyfuse.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries, as a reader sees it: a paragraph, a heading, a list
 * item, a table cell, a line ended by {@code <br>}.
 *
 * @param owner       the innermost block-level element the text sits in
 * @param text        the text, whitespace normalised
 * @param words       word count
 * @param linkWords   words inside links
 * @param punctuation count of sentence/clause punctuation
 * @param index       position in reading order
 */
record TextBlock(Element owner, String text, int words, int linkWords, int punctuation, int index) {

  /** Share of the words that are link text. */
  double linkDensity() {
    return words == 0 ? 0 : (double) linkWords / words;
  }

  boolean isHeading() {
    return switch (owner.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  /** Reads like prose: a sentence or more of mostly non-link text. */
  boolean isProse() {
    if (linkDensity() > 0.5) {
      return false;
    }
    return (words >= 10 && punctuation >= 1) || words >= 25;
  }
}
