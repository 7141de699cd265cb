package org.storyfuse.store;

/**
 * A story's current brief document.
 *
 * @param storyId the story it belongs to: the id asked for, or the story an alias led to
 * @param version how many times it has been built (1 when the story was created)
 * @param json    the brief as JSON (docs/brief-schema.md), as the pipeline wrote it
 */
public record StoredBrief(String storyId, int version, String json) {

  /**
   * A brief's identity without its document: the story it belongs to, how many times it was built,
   * and when it was last built (epoch milliseconds; a story removed and founded again under the same
   * id starts again at version 1, but not at the same moment).
   */
  public record Stamp(String storyId, int version, long builtAt) {}
}
