package org.storyfuse.pipeline;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one {@link IncrementalPipeline#ingest} batch did, article by article, in batch order. */
public record IngestReport(List<Outcome> outcomes) {

  public IngestReport {
    outcomes = List.copyOf(outcomes);
  }

  public enum Status { NEW, DUPLICATE }

  /**
   * @param articleId the stored article's id (for a duplicate: the id already in the store)
   * @param storyId   the story the article belongs to
   */
  public record Outcome(String articleId, Status status, String storyId) {}

  public long added() {
    return outcomes.stream().filter(o -> o.status() == Status.NEW).count();
  }

  public long duplicates() {
    return outcomes.stream().filter(o -> o.status() == Status.DUPLICATE).count();
  }

  /** Stories that gained an article in this batch, sorted. */
  public Set<String> changedStories() {
    Set<String> changed = new TreeSet<>();
    outcomes.stream().filter(o -> o.status() == Status.NEW).forEach(o -> changed.add(o.storyId()));
    return changed;
  }
}
