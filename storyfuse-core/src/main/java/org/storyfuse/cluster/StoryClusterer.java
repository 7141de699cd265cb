package org.storyfuse.cluster;

import org.storyfuse.embed.Embedder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.model.Story;

/**
 * Groups a batch of articles into stories with the {@link IncrementalStoryClusterer}: articles are
 * fed in a fixed order (publication date, then id), with idf counted over the whole batch first,
 * so the same batch in any input order gives the same stories and ids.
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

  public List<Story> cluster(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(ARTICLE_ORDER);
    List<ArticleFeatures> fs = ordered.stream().map(features::extract).toList();
    return clusterFeatures(fs, params);
  }

  /** Clusters features already in arrival order, idf counted over all of them first; batch ids. */
  static List<Story> clusterFeatures(List<ArticleFeatures> ordered, ClusterParams params) {
    IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(params);
    clusterer.observeCollection(ordered);
    ordered.forEach(clusterer::assign);
    clusterer.consolidate();
    List<Story> stories = new ArrayList<>();
    for (Story s : clusterer.stories()) {
      stories.add(new Story(storyId(s.articleIds()), s.articleIds()));
    }
    // Largest story first, then by id: a stable order for output.
    stories.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    return stories;
  }

  /**
   * Publication day (undated last), then the exact time where stated (untimed last within the day),
   * then id: makes clustering and output independent of input order.
   */
  public static final Comparator<Article> ARTICLE_ORDER =
      Comparator.comparing((Article a) -> a.published() == null ? null : a.published().date(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing((Article a) -> a.published() == null || a.published().instant() == null
                  ? null : a.published().instant().toInstant(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Article::id);

  /** A batch story's id comes from all its members, so the same batch gives the same ids. */
  static String storyId(List<String> articleIds) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      articleIds.stream().sorted().forEach(id -> sha.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
      return "s" + HexFormat.of().formatHex(sha.digest(), 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
