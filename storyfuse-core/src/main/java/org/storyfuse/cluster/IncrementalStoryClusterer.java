package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups a stream of articles into stories, one article at a time. Each article is scored only
 * against candidate stories — the nearest story centroids in an HNSW index plus the stories that
 * recently used its rarest entities and keywords — and joins the best one if the score reaches the
 * threshold, else starts a new story. After each assignment the grown story is compared with its
 * own candidates and merged with one that has converged on it, which also repairs most splits that
 * an unlucky arrival order causes. Stories idle longer than {@link ClusterParams#expiryDays()}
 * leave the indexes, so the cost per article depends on how many stories are recent, not on how
 * many there have been.
 *
 * <p>Deterministic: the same articles in the same order give the same stories and ids. Not
 * thread-safe (one stream, one clusterer).
 */
public final class IncrementalStoryClusterer {

  private static final int HNSW_M = 12;
  private static final int HNSW_EF_CONSTRUCTION = 32;
  private static final int HNSW_EF_SEARCH = 32;
  /** A story centroid is re-indexed only once it has moved this far (cosine to the indexed copy). */
  private static final double REINDEX_BELOW = 0.98;
  private static final double SECONDS_PER_DAY = 86_400;

  private final ClusterParams params;
  private final TermStats termStats = new TermStats();
  private final TermStats entityStats = new TermStats();
  private final StoryScorer scorer;
  private final HnswIndex dense = new HnswIndex(HNSW_M, HNSW_EF_CONSTRUCTION, 42);
  private final KeyIndex entityIndex;
  private final KeyIndex termIndex;

  private final List<StoryState> stories = new ArrayList<>();
  private final Map<String, Integer> numberOfId = new HashMap<>();
  private int[] parent = new int[16];
  private final Map<Integer, float[]> indexedCentroid = new HashMap<>();
  private final List<String> arrivals = new ArrayList<>();
  private final Map<String, Integer> arrivalOf = new HashMap<>();
  private int[] storyOfArrival = new int[16];
  private final Set<String> countedUpFront = new HashSet<>();
  private final PriorityQueue<double[]> idleQueue =
      new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
  private double clock = Double.NaN;
  private int activeStories;

  public IncrementalStoryClusterer(ClusterParams params) {
    this.params = params;
    this.scorer = new StoryScorer(params, termStats, entityStats);
    this.entityIndex = new KeyIndex(params.postingCapacity());
    this.termIndex = new KeyIndex(params.postingCapacity());
  }

  /**
   * Counts document frequencies of a whole collection before any of it is assigned: a batch knows
   * its collection, and idf from all of it is steadier than idf from the first few articles.
   * Articles counted here are not counted again when they arrive.
   */
  public void observeCollection(Collection<ArticleFeatures> articles) {
    for (ArticleFeatures f : articles) {
      if (countedUpFront.add(f.id())) {
        termStats.observe(termIds(f).ids());
        entityStats.observe(entityIds(f).ids());
      }
    }
  }

  /** Assigns one original article to a story (an existing or a new one); returns the story id. */
  public String assign(ArticleFeatures f) {
    if (arrivalOf.containsKey(f.id())) {
      throw new IllegalArgumentException("article already assigned: " + f.id());
    }
    double day = f.time() == null ? Double.NaN : f.time().getEpochSecond() / SECONDS_PER_DAY;
    advanceClock(day);
    SparseProfile terms = termIds(f);
    SparseProfile entities = entityIds(f);
    if (!countedUpFront.contains(f.id())) {
      termStats.observe(terms.ids());
      entityStats.observe(entities.ids());
    }
    // Unit length under the idf of arrival time, so a story's sum counts each article once.
    terms.scaleToUnit(termStats, termStats.logN());
    entities.scaleToUnit(entityStats, entityStats.logN());
    int arrival = newArrival(f.id());
    StoryState article = new StoryState(-1, null, f.dense(), terms, entities, day);
    article.addMember(arrival);

    StoryState best = null;
    double bestScore = params.threshold();
    int[] candidates = candidates(article, -1);
    for (int candidate : candidates) {
      StoryState s = stories.get(candidate);
      double score = scorer.score(article, s);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = s;
        bestScore = score;
      }
    }
    StoryState story;
    if (best == null) {
      // No story reached the threshold, so no merge can either: a one-article story against
      // another is exactly the comparison just made.
      story = newStory(article, f.id());
    } else {
      story = best;
      story.absorb(article, params.profileCap());
    }
    storyOfArrival[arrival] = story.number;
    postKeys(story, article);
    if (best != null) {
      // The grown story's neighbours are, but for rare cases, among the article's candidates.
      story = mergeConverged(story, candidates);
    }
    reindex(story);

    if (!Double.isNaN(story.last())) {
      idleQueue.add(new double[] {story.last(), story.number});
    }
    return story.id;
  }

  /**
   * Adds a syndicated copy of an already assigned article to that article's story. A copy is one
   * more outlet for the same source, not a corroboration: it changes neither the story's profile
   * nor its source count.
   */
  public String attachCopy(String copyId, String originalId) {
    Integer original = arrivalOf.get(originalId);
    if (original == null) {
      throw new IllegalArgumentException("original not assigned yet: " + originalId);
    }
    StoryState story = stories.get(root(storyOfArrival[original]));
    int arrival = newArrival(copyId);
    storyOfArrival[arrival] = story.number;
    story.addMember(arrival);
    return story.id;
  }

  /** The current story of an assigned article or copy, or null. */
  public String storyOf(String articleId) {
    Integer a = arrivalOf.get(articleId);
    return a == null ? null : stories.get(root(storyOfArrival[a])).id;
  }

  /** How many distinct sources (originals, not syndicated copies) a story has; 0 for an unknown id. */
  public int sources(String storyId) {
    Integer n = numberOfId.get(storyId);
    return n == null || parent[n] != n ? 0 : stories.get(n).sources();
  }

  /** All stories so far as their member ids, in order of their first article; members in arrival order. */
  public List<List<String>> stories() {
    List<List<String>> out = new ArrayList<>();
    for (StoryState s : stories) {
      if (parent[s.number] == s.number) {
        List<String> ids = new ArrayList<>();
        for (int a : s.members()) {
          ids.add(arrivals.get(a));
        }
        out.add(List.copyOf(ids));
      }
    }
    return out;
  }

  /** Stories that can still take articles (not expired, not merged away). */
  public int activeStories() {
    return activeStories;
  }

  // --- candidate search -------------------------------------------------------------------

  /**
   * Live story numbers worth scoring against a profile, ascending; {@code self} excluded: the
   * nearest centroids, plus the stories that share the most of the profile's top keys (at most
   * twice as many as the dense ones, so a popular key cannot flood the scorer).
   */
  private int[] candidates(StoryState profile, int self) {
    TreeSet<Integer> found = new TreeSet<>();
    float[] v = profile.dense();
    if (v != null) {
      for (int key : dense.search(v, params.denseCandidates() + (self < 0 ? 0 : 1), HNSW_EF_SEARCH)) {
        found.add(key);
      }
    }
    Map<Integer, Integer> votes = new HashMap<>();
    for (int key : profile.entities().top(params.keysPerArticle(), entityStats, entityStats.logN())) {
      entityIndex.forEach(key, s -> votes.merge(root(s), 1, Integer::sum));
    }
    for (int key : profile.terms().top(params.keysPerArticle(), termStats, termStats.logN())) {
      termIndex.forEach(key, s -> votes.merge(root(s), 1, Integer::sum));
    }
    votes.keySet().removeIf(s -> s == self || stories.get(s).expired());
    // Most shared keys first, then the more recent story.
    votes.entrySet().stream()
        .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue() : b.getKey() - a.getKey())
        .limit(2L * params.denseCandidates())
        .forEach(e -> found.add(e.getKey()));
    return found.stream().mapToInt(Integer::intValue)
        .filter(s -> s != self && !stories.get(s).expired())
        .toArray();
  }

  private void postKeys(StoryState story, StoryState article) {
    for (int key : article.entities().top(params.keysPerArticle(), entityStats, entityStats.logN())) {
      entityIndex.add(key, story.number);
    }
    for (int key : article.terms().top(params.keysPerArticle(), termStats, termStats.logN())) {
      termIndex.add(key, story.number);
    }
  }

  private void reindex(StoryState story) {
    float[] v = story.dense();
    if (v == null) {
      return;
    }
    float[] indexed = indexedCentroid.get(story.number);
    if (indexed == null || Vectors.dot(indexed, v) < REINDEX_BELOW) {
      dense.put(story.number, v.clone());
      indexedCentroid.put(story.number, v.clone());
    }
  }

  // --- merging ----------------------------------------------------------------------------

  /**
   * Merges the story with its best candidate while they are each other's best match and reach the
   * merge threshold. Merging only such reciprocal nearest neighbours is how average-link
   * clustering can be computed in any order with the same result, so it keeps arrival order from
   * deciding merges; a pair that is not reciprocal yet is left to {@link #consolidate}.
   */
  private StoryState mergeConverged(StoryState story, int[] firstCandidates) {
    for (int round = 0; round < 3; round++) {
      Match best = bestMatch(story, round == 0 ? firstCandidates : candidates(story, story.number),
          params.threshold());
      if (best == null) {
        return story;
      }
      Match back = bestMatch(best.story, candidates(best.story, best.story.number), params.threshold());
      if (back == null || back.story != story) {
        return story;
      }
      story = merge(story, best.story);
    }
    return story;
  }

  private record Match(StoryState story, double score) {}

  /** The candidate story that scores highest against this one, if it reaches {@code cutoff}. */
  private Match bestMatch(StoryState story, int[] candidates, double cutoff) {
    StoryState best = null;
    double bestScore = cutoff;
    for (int candidate : candidates) {
      StoryState other = stories.get(candidate);
      if (other == story || parent[candidate] != candidate || other.expired()) {
        continue;
      }
      double score = scorer.score(story, other);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = other;
        bestScore = score;
      }
    }
    return best == null ? null : new Match(best, bestScore);
  }

  /** The older story (lower number) survives, so ids stay with the story that was first reported. */
  private StoryState merge(StoryState x, StoryState y) {
    StoryState keep = x.number < y.number ? x : y;
    StoryState gone = keep == x ? y : x;
    keep.absorb(gone, params.profileCap());
    parent[gone.number] = keep.number;
    gone.expire();
    dense.remove(gone.number);
    indexedCentroid.remove(gone.number);
    activeStories--;
    // The survivor inherits the other's posting entries through root(); post its keys afresh too.
    postKeys(keep, keep);
    return keep;
  }

  /**
   * Merges converged stories best pair first, as agglomerative average-link clustering does, until
   * no pair of active stories reaches its threshold. Single-pass assignment commits early; this
   * undoes the splits that an arrival order caused. A batch ends with it, and a long-running stream
   * can call it at quiet times: it looks only at active stories and their candidates.
   */
  public void consolidate() {
    List<Integer> all = new ArrayList<>();
    for (int n = 0; n < stories.size(); n++) {
      all.add(n);
    }
    consolidate(all);
  }

  /** Best-first merging that starts from the given stories (and follows whatever they merge into). */
  private void consolidate(Collection<Integer> seeds) {
    PriorityQueue<double[]> pairs = new PriorityQueue<>(IncrementalStoryClusterer::byScoreThenNumbers);
    int[] version = new int[stories.size()];
    for (int n : seeds) {
      if (parent[n] == n && !stories.get(n).expired()) {
        pushBest(pairs, stories.get(n), version);
      }
    }
    while (!pairs.isEmpty()) {
      double[] p = pairs.poll();
      int a = (int) p[1];
      int b = (int) p[2];
      if (parent[a] != a || parent[b] != b || version[a] != (int) p[3] || version[b] != (int) p[4]) {
        // Stale: one side merged or grew since. Re-offer the live side's best pair.
        if (parent[a] == a && version[a] == (int) p[3]) {
          pushBest(pairs, stories.get(a), version);
        }
        continue;
      }
      StoryState keep = merge(stories.get(a), stories.get(b));
      version[keep.number]++;
      reindex(keep);
      pushBest(pairs, keep, version);
    }
  }

  /** Queues {score, story, best candidate, both versions} when some candidate reaches the threshold. */
  private void pushBest(PriorityQueue<double[]> pairs, StoryState story, int[] version) {
    Match best = bestMatch(story, candidates(story, story.number), params.mergeThreshold());
    if (best != null) {
      pairs.add(new double[] {best.score, story.number, best.story.number, version[story.number],
          version[best.story.number]});
    }
  }

  /** Highest score first; ties by story numbers, so the merge order is deterministic. */
  private static int byScoreThenNumbers(double[] x, double[] y) {
    int c = Double.compare(y[0], x[0]);
    if (c == 0) {
      c = Double.compare(x[1], y[1]);
    }
    return c != 0 ? c : Double.compare(x[2], y[2]);
  }

  // --- expiry -----------------------------------------------------------------------------

  private void advanceClock(double day) {
    if (Double.isNaN(day) || (!Double.isNaN(clock) && day <= clock)) {
      return;
    }
    clock = day;
    double horizon = clock - params.expiryDays();
    while (!idleQueue.isEmpty() && idleQueue.peek()[0] < horizon) {
      double[] e = idleQueue.poll();
      StoryState s = stories.get((int) e[1]);
      // Stale entries (the story grew since, or was merged or expired) are skipped.
      if (!s.expired() && parent[s.number] == s.number && s.last() == e[0]) {
        s.expire();
        dense.remove(s.number);
        indexedCentroid.remove(s.number);
        activeStories--;
      }
    }
  }

  // --- bookkeeping ------------------------------------------------------------------------

  private StoryState newStory(StoryState article, String founderId) {
    int number = stories.size();
    StoryState s = new StoryState(number, storyId(founderId), article.dense(), article.terms(),
        article.entities(), article.first());
    s.addMember(article.members()[0]);
    stories.add(s);
    numberOfId.put(s.id, number);
    if (number == parent.length) {
      parent = Arrays.copyOf(parent, number * 2);
    }
    parent[number] = number;
    activeStories++;
    return s;
  }

  private int newArrival(String id) {
    int arrival = arrivals.size();
    arrivals.add(id);
    arrivalOf.put(id, arrival);
    if (arrival == storyOfArrival.length) {
      storyOfArrival = Arrays.copyOf(storyOfArrival, arrival * 2);
    }
    return arrival;
  }

  private int root(int story) {
    while (parent[story] != story) {
      parent[story] = parent[parent[story]];
      story = parent[story];
    }
    return story;
  }

  /** Sublinear tf (1 + ln tf) over the article's terms, idf-free. */
  private SparseProfile termIds(ArticleFeatures f) {
    Map<Integer, Double> w = new HashMap<>();
    f.terms().forEach((t, c) -> w.put(termStats.idOf(t), 1 + Math.log(c)));
    return sparse(w);
  }

  private SparseProfile entityIds(ArticleFeatures f) {
    Map<Integer, Double> w = new HashMap<>();
    f.entities().forEach(e -> w.put(entityStats.idOf(e), 1.0));
    return sparse(w);
  }

  private static SparseProfile sparse(Map<Integer, Double> w) {
    int[] ids = w.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] weights = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      weights[i] = w.get(ids[i]).floatValue();
    }
    return SparseProfile.of(ids, weights);
  }

  /** A story's id comes from its first article, so it stays the same while the story grows. */
  static String storyId(String founderId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(founderId.getBytes(StandardCharsets.UTF_8));
      return "s" + HexFormat.of().formatHex(h, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
