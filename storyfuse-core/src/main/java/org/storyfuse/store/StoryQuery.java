package org.storyfuse.store;

import java.time.Instant;

/**
 * Which stories to list.
 *
 * @param since  only stories updated at or after this instant, or null for all
 * @param text   full-text filter over the stories' articles and briefs, or null for none
 * @param limit  at most this many stories (positive)
 */
public record StoryQuery(Instant since, String text, int limit) {

  public StoryQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (text != null && text.isBlank()) {
      text = null;
    }
  }

  public static StoryQuery all() {
    return new StoryQuery(null, null, 1000);
  }
}
