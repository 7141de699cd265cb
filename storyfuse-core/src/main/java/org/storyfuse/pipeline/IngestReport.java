package org.storyfuse.pipeline;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one {@link IncrementalPipeline#ingest} batch did, article by article, in batch order.
 *
 * @param outcomes    one per article handed over
 * @param replaced    stored articles removed because the file they were read from was read again
 *                    and no longer holds them (an edited file's earlier version), sorted
 * @param alsoChanged stories that lost such an article and still exist (their briefs were rebuilt)
 */
public record IngestReport(List<Outcome> outcomes, List<String> replaced, Set<String> alsoChanged) {

  public IngestReport {
    outcomes = List.copyOf(outcomes);
    replaced = List.copyOf(replaced);
    alsoChanged = Set.copyOf(alsoChanged);
  }

  /** A batch that replaced nothing. */
  public IngestReport(List<Outcome> outcomes) {
    this(outcomes, List.of(), Set.of());
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

  /** Stories that gained an article in this batch or lost a replaced one, sorted. */
  public Set<String> changedStories() {
    Set<String> changed = new TreeSet<>(alsoChanged);
    outcomes.stream().filter(o -> o.status() == Status.NEW).forEach(o -> changed.add(o.storyId()));
    return changed;
  }
}
