package org.storyfuse.eval;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.cluster.IncrementalStoryClusterer;

/** Feeds features to a fresh {@link IncrementalStoryClusterer} in a given order; returns story labels. */
final class StreamRun {

  private StreamRun() {}

  /**
   * @param knownCollection count idf over all articles first (as a batch does) instead of as they come
   * @param consolidate     end with {@link IncrementalStoryClusterer#consolidate()}
   * @return the story id of each article, in the order given
   */
  static List<String> labels(List<ArticleFeatures> inOrder, ClusterParams params, boolean knownCollection,
      boolean consolidate) {
    IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(params);
    if (knownCollection) {
      clusterer.observeCollection(inOrder);
    }
    inOrder.forEach(clusterer::assign);
    if (consolidate) {
      clusterer.consolidate();
    }
    List<String> out = new ArrayList<>();
    inOrder.forEach(f -> out.add(clusterer.storyOf(f.id())));
    return out;
  }
}
