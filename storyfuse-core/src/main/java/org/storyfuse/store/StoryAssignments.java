package org.storyfuse.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.cluster.FeatureExtractor;
import org.storyfuse.cluster.IncrementalStoryClusterer;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.ingest.dedup.DuplicateGroup;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.model.Article;
import org.storyfuse.model.Story;

/**
 * Which story each stored article belongs to, and how a new batch changes that.
 *
 * <p>The {@link IncrementalStoryClusterer} decides; this class keeps the store's story ids. The
 * clusterer's state is not persisted: it is rebuilt by replaying the stored articles batch by
 * batch in ingest order, exactly as they were first fed (idf over the batch's originals, originals
 * in {@link StoryClusterer#ARTICLE_ORDER}, copies attached, then a consolidation), which the
 * clusterer's determinism turns into the very same state. Replaying was chosen over serialising
 * the clusterer's internals (HNSW graph, posting lists, idf tables) because those are private,
 * change with tuning, and would tie the schema to them; replay costs only feature extraction
 * (no CoreNLP), and only the writer needs it.
 *
 * <p>Story ids never come from the clusterer alone: after each batch every clusterer story is
 * mapped to the stored story most of its stored members already belong to (ties: the older
 * story), so a story keeps the id it got when created, a merge keeps the older id, and even a
 * retuned clusterer that replays differently moves as few articles as possible. A clusterer story
 * with no stored member gets a new id from its first article.
 *
 * <p>Syndicated copies (near duplicates) are found among the batch and the most recent stored
 * originals, and join their original's story without shaping it, as in {@code StoryPipeline}.
 * Not thread-safe: the store's single writer owns it.
 */
final class StoryAssignments {

  /** Stored originals a new article is compared with for syndication: copies appear within days. */
  static final int RECENT_ORIGINALS = 2_000;
  /** A copy is published within this many days of its original; older stored originals are not compared. */
  static final int COPY_WINDOW_DAYS = 7;

  private final IncrementalStoryClusterer clusterer = new IncrementalStoryClusterer(ClusterParams.DEFAULT);
  private final FeatureExtractor features = new FeatureExtractor(null);
  private final NearDuplicateDetector duplicates = new NearDuplicateDetector();
  private final Map<String, String> storyOfArticle = new HashMap<>();
  private final Map<String, Long> createdSeqOfStory = new HashMap<>();
  /** The last stored originals by id, oldest first. */
  private final LinkedHashMap<String, Article> recentOriginals = new LinkedHashMap<>();
  private long lastSeq;

  /** One stored article as replay needs it. */
  record Stored(long seq, Article article, String storyId, String duplicateOf) {}

  /** Feeds one stored batch (rows in seq order) back into the clusterer. */
  void replayBatch(List<Stored> rows) {
    List<Article> originals = new ArrayList<>();
    Map<String, String> copyOf = new LinkedHashMap<>();
    for (Stored r : rows) {
      if (r.duplicateOf() == null) {
        originals.add(r.article());
      } else {
        copyOf.put(r.article().id(), r.duplicateOf());
      }
      storyOfArticle.put(r.article().id(), r.storyId());
      createdSeqOfStory.merge(r.storyId(), r.seq(), Math::min);
      lastSeq = Math.max(lastSeq, r.seq());
    }
    feed(originals, copyOf);
  }

  long lastSeq() {
    return lastSeq;
  }

  /**
   * What a batch of new articles (not stored yet, unique ids) does to the stories. Advances the
   * clusterer: if the batch is then not committed, this object is stale and must be dropped.
   *
   * @param firstSeq the seq the batch's first article will get
   */
  Plan plan(List<Article> fresh, long firstSeq) {
    Map<String, String> copyOf = findCopies(fresh);
    List<Article> originals = new ArrayList<>();
    List<Article> copies = new ArrayList<>();
    for (Article a : fresh) {
      (copyOf.containsKey(a.id()) ? copies : originals).add(a);
    }
    originals.sort(StoryClusterer.ARTICLE_ORDER);
    copies.sort(StoryClusterer.ARTICLE_ORDER);
    List<Article> order = new ArrayList<>(originals);
    order.addAll(copies);
    Map<String, Long> seqOf = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      seqOf.put(order.get(i).id(), firstSeq + i);
    }
    feed(originals, copyOf);
    Plan plan = reconcile(seqOf);
    List<Planned> planned = new ArrayList<>();
    for (Article a : order) {
      planned.add(new Planned(a, seqOf.get(a.id()), plan.storyOf.get(a.id()), copyOf.get(a.id())));
    }
    lastSeq = Math.max(lastSeq, firstSeq + order.size() - 1);
    return new Plan(planned, plan.moves, plan.newStories, plan.changed, plan.storyOf);
  }

  /** The batch's articles in insertion order and every change to existing articles and stories. */
  record Plan(List<Planned> articles, List<Move> moves, Map<String, Long> newStories, Set<String> changed,
      Map<String, String> storyOf) {}

  record Planned(Article article, long seq, String storyId, String duplicateOf) {}

  /** A stored article that changes story (its story merged into another). */
  record Move(String articleId, String from, String to) {}

  private void feed(List<Article> originals, Map<String, String> copyOf) {
    List<ArticleFeatures> fs = originals.stream().map(features::extract).toList();
    clusterer.observeCollection(fs);
    fs.forEach(clusterer::assign);
    copyOf.forEach(clusterer::attachCopy);
    clusterer.consolidate();
    originals.forEach(this::remember);
  }

  private void remember(Article original) {
    recentOriginals.putIfAbsent(original.id(), original);
    if (recentOriginals.size() > RECENT_ORIGINALS) {
      recentOriginals.remove(recentOriginals.keySet().iterator().next());
    }
  }

  /** New article id → the id of the article it copies (a recent stored original, or an earlier new one). */
  private Map<String, String> findCopies(List<Article> fresh) {
    Set<String> freshIds = new HashSet<>();
    fresh.forEach(a -> freshIds.add(a.id()));
    List<Article> pool = new ArrayList<>();
    for (Article stored : recentOriginals.values()) {
      if (fresh.stream().anyMatch(a -> withinCopyWindow(stored, a))) {
        pool.add(stored);
      }
    }
    pool.addAll(fresh);
    Map<String, String> copyOf = new HashMap<>();
    for (DuplicateGroup g : duplicates.group(pool)) {
      if (g.memberIds().size() < 2 || g.memberIds().stream().noneMatch(freshIds::contains)) {
        continue;
      }
      // A stored member stays the original (stored rows never become copies); members are earliest first.
      String canonical = g.memberIds().stream().filter(id -> !freshIds.contains(id)).findFirst()
          .orElse(g.representativeId());
      for (String id : g.memberIds()) {
        if (freshIds.contains(id) && !id.equals(canonical)) {
          copyOf.put(id, canonical);
        }
      }
    }
    return copyOf;
  }

  /** Undated articles may be copies of anything; dated ones only of articles a few days apart. */
  private static boolean withinCopyWindow(Article a, Article b) {
    if (a.published() == null || b.published() == null) {
      return true;
    }
    long days = Math.abs(a.published().date().toEpochDay() - b.published().date().toEpochDay());
    return days <= COPY_WINDOW_DAYS;
  }

  /** Maps every clusterer story onto a stored story id (or a new one) and notes what moved. */
  private Plan reconcile(Map<String, Long> seqOfNew) {
    List<Story> stories = new ArrayList<>(clusterer.stories());
    // Largest first, so when two clusterer stories claim the same stored story the larger keeps it.
    stories.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    Set<String> claimed = new HashSet<>();
    Map<String, String> storyOf = new HashMap<>();
    List<Move> moves = new ArrayList<>();
    Map<String, Long> newStories = new LinkedHashMap<>();
    Set<String> changed = new TreeSet<>();
    for (Story s : stories) {
      String target = targetOf(s, claimed);
      if (target == null) {
        target = freshId(s.id());
        long founded = s.articleIds().stream().mapToLong(id -> seqOfNew.getOrDefault(id, Long.MAX_VALUE)).min()
            .orElseThrow();
        newStories.put(target, founded);
        createdSeqOfStory.put(target, founded);
      }
      claimed.add(target);
      for (String id : s.articleIds()) {
        String current = storyOfArticle.get(id);
        if (current == null) {
          changed.add(target);
        } else if (!current.equals(target)) {
          moves.add(new Move(id, current, target));
          changed.add(current);
          changed.add(target);
        }
        storyOf.put(id, target);
        storyOfArticle.put(id, target);
      }
    }
    return new Plan(List.of(), moves, newStories, changed, storyOf);
  }

  /** The unclaimed stored story most of the story's stored members are in; ties go to the older story. */
  private String targetOf(Story s, Set<String> claimed) {
    Map<String, Integer> votes = new HashMap<>();
    for (String id : s.articleIds()) {
      String current = storyOfArticle.get(id);
      if (current != null && !claimed.contains(current)) {
        votes.merge(current, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
            .thenComparingLong(e -> createdSeqOfStory.getOrDefault(e.getKey(), Long.MAX_VALUE))
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(null);
  }

  private String freshId(String clustererId) {
    String id = clustererId;
    for (int n = 2; createdSeqOfStory.containsKey(id); n++) {
      id = clustererId + "-" + n;
    }
    return id;
  }
}
