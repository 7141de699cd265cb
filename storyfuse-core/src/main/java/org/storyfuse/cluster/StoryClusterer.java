package org.storyfuse.cluster;

import org.storyfuse.embed.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyfuse.model.Article;

/**
 * Groups a set of articles into stories with the {@link IncrementalStoryClusterer}: articles are
 * fed in a fixed order (publication time, then id), with idf counted over the whole set first, so
 * the same set in any input order gives the same groups. Both of the pipeline's modes (a batch,
 * and a store growing batch by batch) call this over every article they know, which is what makes
 * them agree.
 */
public final class StoryClusterer {

  /** The tuned decision threshold of {@link ClusterParams#DEFAULT} (kept for callers that print it). */
  public static final double DEFAULT_THRESHOLD = ClusterParams.DEFAULT.threshold();

  private final ClusterParams params;
  private final FeatureExtractor features;

  /** Terms, entities and time; no embeddings (see docs/CLUSTERING.md for what the dense part adds). */
  public StoryClusterer() {
    this(ClusterParams.DEFAULT, null);
  }

  public StoryClusterer(double threshold) {
    this(ClusterParams.DEFAULT.withThreshold(threshold), null);
  }

  /** @param embedder the dense part (e.g. {@link org.storyfuse.embed.MiniLmEmbedder}), or null for none */
  public StoryClusterer(ClusterParams params, Embedder embedder) {
    this.params = params;
    this.features = new FeatureExtractor(embedder);
  }

  /**
   * Groups the articles into stories: each group is the member ids, sorted by {@link #ARTICLE_ORDER};
   * groups ordered by their first member. The same set of articles gives the same groups in any
   * input order. Ids are not the clusterer's business: the pipeline names stories.
   */
  public List<List<String>> cluster(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(ARTICLE_ORDER);
    return clusterOrdered(ordered.stream().map(features::extract).toList());
  }

  /** The features this clusterer reads from an article (cacheable: a pure function of the article). */
  public ArticleFeatures features(Article article) {
    return features.extract(article);
  }

  /**
   * As {@link #cluster}, over features extracted already (by {@link #features}) of articles sorted
   * by {@link #ARTICLE_ORDER} (the caller sorts: features do not carry the publication day).
   */
  public List<List<String>> clusterOrdered(List<ArticleFeatures> ordered) {
    IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(params);
    clusterer.observeCollection(ordered);
    ordered.forEach(clusterer::assign);
    clusterer.consolidate();
    return clusterer.stories();
  }

  /** The order articles are fed to the clusterer in: {@link Article#PUBLICATION_ORDER}. */
  public static final Comparator<Article> ARTICLE_ORDER = Article.PUBLICATION_ORDER;
}
