package org.storyfuse.cluster;

import java.util.List;

/**
 * One storyline the clusterer found: a thread that can run for weeks or months, made of events
 * (one development each, usually a day or two). Ids are not the clusterer's business: the pipeline
 * names storylines and events after their founding articles.
 *
 * @param members every member id, in the order the clusterer was given them
 * @param events  the events, each its member ids in that order; events ordered by their first member
 */
public record Storyline(List<String> members, List<List<String>> events) {

  public Storyline {
    members = List.copyOf(members);
    events = events.stream().map(List::copyOf).toList();
  }
}
