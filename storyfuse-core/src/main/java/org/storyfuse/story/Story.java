package org.storyfuse.story;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A group of articles that report the same story, with everything fusion needs: each member's
 * article, its analysis, which members are syndicated copies of which, and the events the story is
 * made of. By default a story is a storyline (see {@link Level}); grouped at the event level, a
 * story is one event.
 *
 * @param id      the story's id: derived from its founding article (the member that arrived
 *                first), so it stays the same as the story grows (see {@code pipeline.StoryIds})
 * @param members the articles in arrival order; a copy's original is always a member too
 * @param events  the story's events in order of their first article, which together hold every
 *                member exactly once (one event when the story is itself an event)
 */
public record Story(String id, List<StoryMember> members, List<StoryEvent> events) {

  /** A story that is one event (its own id). */
  public Story(String id, List<StoryMember> members) {
    this(id, members, List.of(new StoryEvent(id, members.stream().map(StoryMember::id).toList())));
  }

  public Story {
    members = List.copyOf(members);
    events = List.copyOf(events);
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
    Set<String> inEvents = new HashSet<>();
    for (StoryEvent e : events) {
      for (String a : e.articleIds()) {
        if (!ids.contains(a) || !inEvents.add(a)) {
          throw new IllegalArgumentException("story " + id + ": event " + e.id() + " lists " + a
              + ", which is not a member or is in another event");
        }
      }
    }
    if (inEvents.size() != ids.size()) {
      throw new IllegalArgumentException("story " + id + ": some members are in no event");
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
