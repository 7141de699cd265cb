package org.storyfuse.model;

import java.util.List;

/**
 * A group of articles that report the same event.
 *
 * @param id          stable id derived from the member articles, so the same input gives the same id
 * @param articleIds  member articles, in a deterministic order (publication date, then id)
 */
public record Story(String id, List<String> articleIds) {

  public Story {
    articleIds = List.copyOf(articleIds);
  }

  public int size() {
    return articleIds.size();
  }
}
