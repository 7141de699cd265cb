package org.storyfuse.ingest.text;

/** What one line of a text dump is, as far as the line alone tells. */
enum LineKind {
  /** Empty: separates paragraphs. */
  BLANK,
  /** Candidate title, byline or body text. */
  TEXT,
  /** A line that is essentially a date, maybe with a label or a place ("Published: …", "Dhaka, 19 January 2022"). */
  DATE,
  /** Page furniture: share counters, read times, desk labels, photo credits, notes, navigation. */
  BOILERPLATE,
  /** A photo caption: describes the picture, not the story; its dates still count as evidence. */
  CAPTION,
  /** A marker after which pages put teasers and links ("Previous Story", "Related Posts"). */
  CUT_OFF,
  /**
   * A link line ("ALSO READ: …", "Read more"): ends the body when nothing but links follows it,
   * but is only dropped itself when real body text follows (sites interleave them in the text).
   */
  SEE_ALSO
}
