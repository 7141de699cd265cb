package org.storyfuse.story;

import java.util.List;

/**
 * One event of a storyline: the spine of the storyline's timeline.
 *
 * @param id         the event's id, named after its founding article (see {@code pipeline.StoryIds})
 * @param articleIds its members in arrival order (syndicated copies included)
 */
public record StoryEvent(String id, List<String> articleIds) {

  public StoryEvent {
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one article: " + id);
    }
  }
}
