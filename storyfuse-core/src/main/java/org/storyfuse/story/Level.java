package org.storyfuse.story;

/**
 * How fine a story is grouped. A storyline is a thread that can run for weeks or months (an
 * earthquake and its aftermath, a trial, a tournament); an event is one development in it, usually
 * a day or two. Every event lies in exactly one storyline.
 */
public enum Level {
  /** One development: what a reader means by "the same news". */
  EVENT,
  /** The whole thread: the default unit of a brief. */
  STORYLINE
}
