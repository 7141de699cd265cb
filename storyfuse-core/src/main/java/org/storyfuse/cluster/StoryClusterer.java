package org.storyfuse.cluster;

import org.storyfuse.embed.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyfuse.model.Article;

/**
 * Groups a set of articles into storylines and their events with the {@link
 * IncrementalStoryClusterer}: articles are fed in a fixed order (publication time, then id), with
 * idf counted over the whole set first, then consolidated, so the same set in any input order gives
 * the same groups. Both of the pipeline's modes (a batch, and a store growing batch by batch) call
 * this over every article they know, which is what makes them agree.
 */
public final class StoryClusterer {

  private final ClusterParams params;
  private final FeatureExtractor features;
  /** Counts of a larger collection these articles are part of, or null: count the articles given. */
  private final CollectionCounts counts;
  /** Features computed already, by article id (null, or null for an article: extract them). */
  private final java.util.function.Function<String, ArticleFeatures> known;

  /** Without embeddings: terms, names and time ({@link ClusterParams#LEXICAL}). */
  public StoryClusterer() {
    this(ClusterParams.LEXICAL, null);
  }

  /** The shipped model with sentence embeddings of title and lead from this embedder (the product default). */
  public StoryClusterer(Embedder embedder) {
    this(embedder == null ? ClusterParams.LEXICAL : ClusterParams.DEFAULT, embedder);
  }

  /**
   * @param embedder the dense part (e.g. {@link org.storyfuse.embed.MiniLmEmbedder}), or null; a
   *                 model that weighs embeddings needs one
   */
  public StoryClusterer(ClusterParams params, Embedder embedder) {
    if (embedder == null && params.model().usesDense()) {
      throw new IllegalArgumentException("this join model weighs sentence embeddings: give an embedder, "
          + "or use ClusterParams.LEXICAL");
    }
    this.params = params;
    this.features = new FeatureExtractor(embedder);
    this.counts = null;
    this.known = null;
  }

  private StoryClusterer(StoryClusterer base, CollectionCounts counts,
      java.util.function.Function<String, ArticleFeatures> known) {
    this.params = base.params;
    this.features = base.features;
    this.counts = counts;
    this.known = known;
  }

  /**
   * This clusterer for one part of a larger collection: idf from {@code counts} (the whole
   * collection's) instead of from the articles it is given, and their features from {@code known}
   * where it has them (computed once elsewhere). A distributed job groups each connected part of
   * its candidate graph this way and gets the groups a run over the whole collection would give.
   */
  public StoryClusterer withCollection(CollectionCounts counts,
      java.util.function.Function<String, ArticleFeatures> known) {
    return new StoryClusterer(this, java.util.Objects.requireNonNull(counts, "counts"), known);
  }

  public ClusterParams params() {
    return params;
  }

  /**
   * Groups the articles into storylines with their events; members in {@link #ARTICLE_ORDER};
   * storylines ordered by their first member. The same set of articles gives the same groups in any
   * input order. Ids are not the clusterer's business: the pipeline names storylines and events.
   */
  public List<Storyline> cluster(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(ARTICLE_ORDER);
    return clusterOrdered(ordered.stream().map(features::extract).toList());
  }

  /** The features this clusterer reads from an article (cacheable: a pure function of the article). */
  public ArticleFeatures features(Article article) {
    ArticleFeatures f = known == null ? null : known.apply(article.id());
    return f != null ? f : features.extract(article);
  }

  /**
   * As {@link #cluster}, over features extracted already (by {@link #features}) of articles sorted
   * by {@link #ARTICLE_ORDER} (the caller sorts: features do not carry the publication day).
   */
  public List<Storyline> clusterOrdered(List<ArticleFeatures> ordered) {
    return clustering(ordered).storylines();
  }

  /**
   * As {@link #clusterOrdered}, but the clustering state itself: {@link
   * IncrementalStoryClusterer#storylines()} gives the same groups, and articles that arrive later
   * can be {@link IncrementalStoryClusterer#assign assigned} to it without clustering the others
   * again (a stream's fast path; the groups then depend on arrival order until the next batch run).
   */
  public IncrementalStoryClusterer clustering(List<ArticleFeatures> ordered) {
    IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(params);
    if (counts == null) {
      clusterer.observeCollection(ordered);
    } else {
      clusterer.observeCounts(counts, ordered);
    }
    ordered.forEach(clusterer::assign);
    clusterer.consolidate();
    return clusterer;
  }

  /** The order articles are fed to the clusterer in: {@link Article#PUBLICATION_ORDER}. */
  public static final Comparator<Article> ARTICLE_ORDER = Article.PUBLICATION_ORDER;
}
