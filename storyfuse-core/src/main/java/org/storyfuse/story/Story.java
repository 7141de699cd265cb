package org.storyfuse.story;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A group of articles that report the same story, with everything fusion needs: each member's
 * article, its analysis, and which members are syndicated copies of which.
 *
 * @param id      the story's id: derived from its founding article (the member that arrived
 *                first), so it stays the same as the story grows (see {@code pipeline.StoryIds})
 * @param members the articles in arrival order; a copy's original is always a member too
 */
public record Story(String id, List<StoryMember> members) {

  public Story {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one article: " + id);
    }
    Set<String> ids = new HashSet<>();
    for (StoryMember m : members) {
      if (!ids.add(m.id())) {
        throw new IllegalArgumentException("story " + id + " lists article " + m.id() + " twice");
      }
    }
    for (StoryMember m : members) {
      if (m.copyOf() != null && !ids.contains(m.copyOf())) {
        throw new IllegalArgumentException("story " + id + ": " + m.id() + " copies " + m.copyOf()
            + ", which is not a member");
      }
    }
  }

  public int size() {
    return members.size();
  }

  public List<String> articleIds() {
    return members.stream().map(StoryMember::id).toList();
  }

  /** Members that are independent sources (not syndicated copies). */
  public long sources() {
    return members.stream().filter(m -> !m.isCopy()).count();
  }
}
