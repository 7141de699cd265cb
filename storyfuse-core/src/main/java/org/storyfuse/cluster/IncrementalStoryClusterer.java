package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Groups a stream of articles into events and storylines, one article at a time. Two levels, one
 * engine: an article is scored only against candidate events — the nearest event centroids in an
 * HNSW index plus the events that recently used its rarest entities and keywords — and joins the
 * best one if the {@link JoinModel}'s event logit reaches the event threshold; else it founds an
 * event, which is then placed the same way among the storylines (with the storyline weights, in
 * which time plays no part). After each assignment the grown group is merged with a candidate that
 * has converged on it (each the other's best match); merging two events merges their storylines,
 * so every event lies in exactly one storyline. {@link #consolidate()} then merges best pair first
 * down to the thresholds, events first, then storylines, as agglomerative average-link clustering
 * does. Events idle longer than {@link ClusterParams#eventExpiryDays()} leave the indexes;
 * storylines never expire by time (time must not split a storyline): the posting lists keep their
 * recent groups, and the storylines' HNSW graph holds only the {@link ClusterParams#denseStorylines()}
 * most recently changed ones, so the graph's memory and walk stop growing with the stream; a
 * quieter storyline is found by its names and keywords, and the article that joins it puts it back.
 *
 * <p>Deterministic: the same articles in the same order give the same groups. Not thread-safe.
 */
public final class IncrementalStoryClusterer {

  private static final int HNSW_M = 12;
  private static final int HNSW_EF_CONSTRUCTION = 32;
  private static final int HNSW_EF_SEARCH = 32;
  /** A centroid is re-indexed only once it has moved this far (cosine to the indexed copy). */
  private static final double REINDEX_BELOW = 0.98;
  private static final double SECONDS_PER_DAY = 86_400;

  private final ClusterParams params;
  private final TermStats termStats = new TermStats();
  private final TermStats entityStats = new TermStats();
  private final StoryScorer scorer = new StoryScorer(termStats, entityStats);
  private final Level events;
  private final Level storylines;
  private final double eventExpiryDays;

  private final List<String> arrivals = new ArrayList<>();
  private final Map<String, Integer> arrivalOf = new HashMap<>();
  private int[] eventOfArrival = new int[16];
  private int[] storylineOfEvent = new int[16];
  private final Set<String> countedUpFront = new HashSet<>();
  private final PriorityQueue<double[]> idleQueue =
      new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
  private double clock = Double.NaN;

  public IncrementalStoryClusterer(ClusterParams params) {
    this.params = params;
    // Events leave the dense index by expiry; storylines never expire, so theirs is bounded instead.
    this.events = new Level(params.model().event(), true, Integer.MAX_VALUE, 42);
    this.storylines = new Level(params.model().storyline(), false, params.denseStorylines(), 43);
    this.eventExpiryDays = params.eventExpiryDays();
  }

  /**
   * Counts document frequencies of a whole collection before any of it is assigned: a batch knows
   * its collection, and idf from all of it is steadier than idf from the first few articles.
   * Articles counted here are not counted again when they arrive.
   */
  public void observeCollection(Collection<ArticleFeatures> articles) {
    for (ArticleFeatures f : articles) {
      if (countedUpFront.add(f.id())) {
        termStats.observe(ids(f.terms().keySet(), termStats));
        entityStats.observe(ids(f.entities(), entityStats));
      }
    }
  }

  /**
   * As {@link #observeCollection}, but with document frequencies counted over a larger collection
   * that holds these articles ({@code counts}): the statistics become those of that collection,
   * so a part of it is scored as it would be inside the whole. Call once, before any assignment.
   */
  public void observeCounts(CollectionCounts counts, Collection<ArticleFeatures> articles) {
    for (ArticleFeatures f : articles) {
      if (countedUpFront.add(f.id())) {
        // ids in the same order observeCollection gives them
        for (String t : f.terms().keySet()) {
          termStats.setDocumentFrequency(termStats.idOf(t), counts.termDocuments(t));
        }
        for (String e : f.entities()) {
          entityStats.setDocumentFrequency(entityStats.idOf(e), counts.entityDocuments(e));
        }
      }
    }
    termStats.setDocuments(counts.documents());
    entityStats.setDocuments(counts.documents());
  }

  /** Assigns one original article to an event (and so to a storyline); returns the event's id. */
  public String assign(ArticleFeatures f) {
    if (arrivalOf.containsKey(f.id())) {
      throw new IllegalArgumentException("article already assigned: " + f.id());
    }
    double day = f.time() == null ? Double.NaN : f.time().getEpochSecond() / SECONDS_PER_DAY;
    advanceClock(day);
    int arrival = newArrival(f.id());
    StoryState article = profile(f, arrival, day);

    int[] candidates = events.candidates(article, -1);
    Match best = events.best(article, candidates);
    StoryState event;
    if (best == null) {
      // No event reached the threshold, so no merge can either: a one-article event against
      // another is exactly the comparison just made.
      event = events.found(article);
      eventOfArrival[arrival] = event.number;
      int[] lineCandidates = storylines.candidates(article, -1);
      Match line = storylines.best(article, lineCandidates);
      StoryState storyline;
      if (line == null) {
        storyline = storylines.found(article);
      } else {
        storyline = line.story;
        storyline.absorb(article, params.profileCap());
      }
      setStorylineOf(event.number, storyline.number);
      storylines.postKeys(storyline, article);
      if (line != null) {
        storylines.reindex(mergeConverged(storylines, storyline, lineCandidates));
      } else {
        storylines.reindex(storyline);
      }
    } else {
      event = best.story;
      event.absorb(article, params.profileCap());
      eventOfArrival[arrival] = event.number;
      StoryState storyline = storylines.groups.get(storylineOf(event.number));
      storyline.absorb(article, params.profileCap());
      storylines.postKeys(storyline, article);
      storylines.reindex(storyline);
    }
    events.postKeys(event, article);
    if (best != null) {
      // The grown event's neighbours are, but for rare cases, among the article's candidates.
      event = mergeConverged(events, event, candidates);
    }
    events.reindex(event);
    if (!Double.isNaN(event.last())) {
      idleQueue.add(new double[] {event.last(), event.number});
    }
    return "e" + event.number;
  }

  /**
   * Adds a syndicated copy of an already assigned article to that article's event. A copy is one
   * more outlet for the same source, not a corroboration: it changes no profile.
   */
  public String attachCopy(String copyId, String originalId) {
    Integer original = arrivalOf.get(originalId);
    if (original == null) {
      throw new IllegalArgumentException("original not assigned yet: " + originalId);
    }
    int event = events.root(eventOfArrival[original]);
    int arrival = newArrival(copyId);
    eventOfArrival[arrival] = event;
    events.groups.get(event).addMember(arrival);
    storylines.groups.get(storylineOf(event)).addMember(arrival);
    return "e" + event;
  }

  /** The current event of an assigned article or copy ("e" and a number), or null. */
  public String eventOf(String articleId) {
    Integer a = arrivalOf.get(articleId);
    return a == null ? null : "e" + events.root(eventOfArrival[a]);
  }

  /** The current storyline of an assigned article or copy ("l" and a number), or null. */
  public String storylineOf(String articleId) {
    Integer a = arrivalOf.get(articleId);
    return a == null ? null : "l" + storylineOf(eventOfArrival[a]);
  }

  /** Every storyline so far with its events, in order of its first article; members in arrival order. */
  public List<Storyline> storylines() {
    Map<Integer, List<List<String>>> eventsOf = new LinkedHashMap<>();
    for (StoryState s : storylines.groups) {
      if (storylines.parent[s.number] == s.number) {
        eventsOf.put(s.number, new ArrayList<>());
      }
    }
    for (StoryState e : events.groups) {
      if (events.parent[e.number] == e.number) {
        eventsOf.get(storylineOf(e.number)).add(ids(e.members()));
      }
    }
    List<Storyline> out = new ArrayList<>();
    eventsOf.forEach((line, evs) -> out.add(new Storyline(ids(storylines.groups.get(line).members()), evs)));
    return out;
  }

  /** Every storyline's members, in order of its first article; members in arrival order. */
  public List<List<String>> stories() {
    return storylines().stream().map(Storyline::members).toList();
  }

  /** Every event's members, in order of its first article; members in arrival order. */
  public List<List<String>> events() {
    List<List<String>> out = new ArrayList<>();
    for (StoryState e : events.groups) {
      if (events.parent[e.number] == e.number) {
        out.add(ids(e.members()));
      }
    }
    return out;
  }

  /** Events that can still take articles (not expired, not merged away). */
  public int activeEvents() {
    return events.active;
  }

  /** Storylines not merged away (they never expire). */
  public int activeStorylines() {
    return storylines.active;
  }

  /** Storylines in the dense index: at most {@link ClusterParams#denseStorylines()}. */
  int denseStorylines() {
    return storylines.dense.live();
  }

  /**
   * The join features ({@link JoinModel#FEATURES}) of article pairs under the statistics of this
   * moment, exactly as the clusterer scores two one-article groups: what the model is trained on.
   * Call after {@link #observeCollection} of a collection that holds the articles.
   */
  public PairFeatures pairFeatures(List<ArticleFeatures> articles) {
    StoryState[] profiles = new StoryState[articles.size()];
    for (int i = 0; i < profiles.length; i++) {
      profiles[i] = profile(articles.get(i), -1, day(articles.get(i)));
    }
    return (i, j) -> scorer.features(profiles[i], profiles[j], true);
  }

  /**
   * A group of articles profiled as the clusterer profiles an event or storyline, for training:
   * grow it with {@link #add} and compare it with {@link #features}.
   */
  public final class Group {
    private StoryState state;

    private Group() {}

    public void add(ArticleFeatures f) {
      StoryState a = profile(f, -1, day(f));
      if (state == null) {
        state = a.found(0, true);
      } else {
        state.absorb(a, params.profileCap());
      }
    }

    public boolean isEmpty() {
      return state == null;
    }

    /** The features of this group against another (average link), with the time gap or not. */
    public double[] features(Group other, boolean withTime) {
      return scorer.features(state, other.state, withTime);
    }
  }

  /** A new empty group (call after {@link #observeCollection}). */
  public Group group() {
    return new Group();
  }

  /** Join features of article pairs, by index into the list they were made from. */
  @FunctionalInterface
  public interface PairFeatures {
    double[] of(int i, int j);
  }

  /**
   * Merges converged groups best pair first, as agglomerative average-link clustering does, until
   * no pair reaches its level's threshold: events first, then storylines. Single-pass assignment
   * commits early; this undoes the splits an arrival order caused. A batch ends with it.
   */
  public void consolidate() {
    consolidate(events);
    consolidate(storylines);
  }

  // --- one level ---------------------------------------------------------------------------

  private record Match(StoryState story, double score) {}

  /** The groups of one level with their candidate indexes. */
  private final class Level {
    final JoinModel.Weights weights;
    final boolean keepDays;
    final List<StoryState> groups = new ArrayList<>();
    int[] parent = new int[16];
    final HnswIndex dense;
    final Map<Integer, float[]> indexedCentroid = new HashMap<>();
    final KeyIndex entityIndex = new KeyIndex(params.postingCapacity());
    final KeyIndex termIndex = new KeyIndex(params.postingCapacity());
    /** Groups in the dense index, least recently changed first (insertion order, re-added on change). */
    final LinkedHashSet<Integer> denseRecency = new LinkedHashSet<>();
    final int denseCapacity;
    /**
     * Groups expired or merged away, by number: what {@link StoryState#expired()} says, kept beside
     * the states so that a candidate search need not read a thousand scattered ones to learn it.
     */
    final BitSet expired = new BitSet();
    /** The key votes of the candidate search under way: one group number per posting (scratch). */
    private int[] votes = new int[1024];
    private int voteCount;
    private final IntConsumer voter = this::vote;
    int active;

    Level(JoinModel.Weights weights, boolean keepDays, int denseCapacity, long seed) {
      this.weights = weights;
      this.keepDays = keepDays;
      this.denseCapacity = denseCapacity;
      this.dense = new HnswIndex(HNSW_M, HNSW_EF_CONSTRUCTION, seed);
    }

    int root(int g) {
      while (parent[g] != g) {
        parent[g] = parent[parent[g]];
        g = parent[g];
      }
      return g;
    }

    StoryState found(StoryState article) {
      int number = groups.size();
      StoryState s = article.found(number, keepDays);
      groups.add(s);
      if (number == parent.length) {
        parent = Arrays.copyOf(parent, number * 2);
      }
      parent[number] = number;
      active++;
      return s;
    }

    /**
     * Live group numbers worth scoring against a profile, ascending; {@code self} excluded: the
     * nearest centroids, plus the groups that share the most of the profile's top keys (at most
     * twice as many as the dense ones, so a popular key cannot flood the scorer).
     */
    int[] candidates(StoryState profile, int self) {
      float[] v = profile.dense();
      int[] near = v == null ? new int[0]
          : dense.search(v, params.denseCandidates() + (self < 0 ? 0 : 1), HNSW_EF_SEARCH);
      voteCount = 0;
      for (int key : profile.entities().top(params.keysPerArticle(), entityStats, entityStats.logN())) {
        entityIndex.forEach(key, voter);
      }
      for (int key : profile.terms().top(params.keysPerArticle(), termStats, termStats.logN())) {
        termIndex.forEach(key, voter);
      }
      int[] keyed = KeyIndex.mostVoted(votes, voteCount, g -> g == self || expired.get(g), 2 * params.denseCandidates());
      int[] all = Arrays.copyOf(near, near.length + keyed.length);
      System.arraycopy(keyed, 0, all, near.length, keyed.length);
      Arrays.sort(all);
      int n = 0;
      int previous = -1;
      for (int s : all) {
        if (s != previous && s != self && live(s)) {
          all[n++] = s;
        }
        previous = s;
      }
      return Arrays.copyOf(all, n);
    }

    /** A group that can still take articles: its own root, neither expired nor merged away. */
    boolean live(int group) {
      return parent[group] == group && !expired.get(group);
    }

    private void vote(int story) {
      if (voteCount == votes.length) {
        votes = Arrays.copyOf(votes, voteCount * 2);
      }
      votes[voteCount++] = root(story);
    }

    void postKeys(StoryState group, StoryState article) {
      for (int key : article.entities().top(params.keysPerArticle(), entityStats, entityStats.logN())) {
        entityIndex.add(key, group.number);
      }
      for (int key : article.terms().top(params.keysPerArticle(), termStats, termStats.logN())) {
        termIndex.add(key, group.number);
      }
    }

    void reindex(StoryState group) {
      float[] v = group.dense();
      if (v == null) {
        return;
      }
      float[] indexed = indexedCentroid.get(group.number);
      if (indexed == null || Vectors.dot(indexed, v) < REINDEX_BELOW) {
        // one copy serves the graph and the drift check (both only read it)
        float[] copy = v.clone();
        dense.put(group.number, copy);
        indexedCentroid.put(group.number, copy);
      }
      if (denseCapacity < Integer.MAX_VALUE) {
        denseRecency.remove(group.number);
        denseRecency.add(group.number);
        // The least recently changed groups leave the dense index; their keys still find them.
        while (denseRecency.size() > denseCapacity) {
          unindexDense(denseRecency.iterator().next());
        }
      }
    }

    /** The candidate that scores highest against the profile, if it reaches the threshold. */
    Match best(StoryState profile, int[] candidates) {
      StoryState best = null;
      double bestScore = weights.threshold();
      for (int candidate : candidates) {
        StoryState other = groups.get(candidate);
        if (other == profile || !live(candidate)) {
          continue;
        }
        double score = scorer.logit(weights, profile, other);
        if (score >= bestScore && (best == null || score > bestScore)) {
          best = other;
          bestScore = score;
        }
      }
      return best == null ? null : new Match(best, bestScore);
    }

    /** The older group (lower number) survives, so ids stay with what was reported first. */
    StoryState merge(StoryState x, StoryState y) {
      StoryState keep = x.number < y.number ? x : y;
      StoryState gone = keep == x ? y : x;
      keep.absorb(gone, params.profileCap());
      parent[gone.number] = keep.number;
      gone.expire();
      expired.set(gone.number);
      unindexDense(gone.number);
      active--;
      // The survivor inherits the other's posting entries through root(); post its keys afresh too.
      postKeys(keep, keep);
      return keep;
    }

    void expire(StoryState s) {
      s.expire();
      expired.set(s.number);
      unindexDense(s.number);
      active--;
    }

    void unindexDense(int group) {
      dense.remove(group);
      indexedCentroid.remove(group);
      denseRecency.remove(group);
    }
  }

  /** Merges two groups of a level; for events, their storylines merge too. */
  private StoryState merge(Level level, StoryState x, StoryState y) {
    if (level == storylines) {
      return storylines.merge(x, y);
    }
    int lx = storylineOf(x.number);
    int ly = storylineOf(y.number);
    StoryState keep = events.merge(x, y);
    if (lx != ly) {
      StoryState line = storylines.merge(storylines.groups.get(lx), storylines.groups.get(ly));
      storylines.reindex(line);
      setStorylineOf(keep.number, line.number);
    }
    return keep;
  }

  /**
   * Merges the group with its best candidate while they are each other's best match and reach the
   * threshold. Merging only such reciprocal nearest neighbours is how average-link clustering can
   * be computed in any order with the same result, so it keeps arrival order from deciding merges;
   * a pair that is not reciprocal yet is left to {@link #consolidate}.
   */
  private StoryState mergeConverged(Level level, StoryState group, int[] firstCandidates) {
    for (int round = 0; round < 3; round++) {
      Match best = level.best(group, round == 0 ? firstCandidates : level.candidates(group, group.number));
      if (best == null) {
        return group;
      }
      Match back = level.best(best.story, level.candidates(best.story, best.story.number));
      if (back == null || back.story != group) {
        return group;
      }
      group = merge(level, group, best.story);
    }
    return group;
  }

  private void consolidate(Level level) {
    PriorityQueue<double[]> pairs = new PriorityQueue<>(IncrementalStoryClusterer::byScoreThenNumbers);
    int[] version = new int[level.groups.size()];
    for (int n = 0; n < level.groups.size(); n++) {
      if (level.live(n)) {
        pushBest(level, pairs, level.groups.get(n), version);
      }
    }
    while (!pairs.isEmpty()) {
      double[] p = pairs.poll();
      int a = (int) p[1];
      int b = (int) p[2];
      if (level.parent[a] != a || level.parent[b] != b || version[a] != (int) p[3] || version[b] != (int) p[4]) {
        // Stale: one side merged or grew since. Re-offer the live side's best pair.
        if (level.parent[a] == a && version[a] == (int) p[3]) {
          pushBest(level, pairs, level.groups.get(a), version);
        }
        continue;
      }
      StoryState keep = merge(level, level.groups.get(a), level.groups.get(b));
      version[keep.number]++;
      level.reindex(keep);
      pushBest(level, pairs, keep, version);
    }
  }

  /** Queues {score, group, best candidate, both versions} when some candidate reaches the threshold. */
  private void pushBest(Level level, PriorityQueue<double[]> pairs, StoryState group, int[] version) {
    Match best = level.best(group, level.candidates(group, group.number));
    if (best != null) {
      pairs.add(new double[] {best.score, group.number, best.story.number, version[group.number],
          version[best.story.number]});
    }
  }

  /** Highest score first; ties by group numbers, so the merge order is deterministic. */
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
    double horizon = clock - eventExpiryDays;
    while (!idleQueue.isEmpty() && idleQueue.peek()[0] < horizon) {
      double[] e = idleQueue.poll();
      StoryState s = events.groups.get((int) e[1]);
      // Stale entries (the event grew since, or was merged or expired) are skipped.
      if (events.live(s.number) && s.last() == e[0]) {
        events.expire(s);
      }
    }
  }

  // --- bookkeeping ------------------------------------------------------------------------

  private int storylineOf(int event) {
    return storylines.root(storylineOfEvent[events.root(event)]);
  }

  private void setStorylineOf(int event, int storyline) {
    if (event >= storylineOfEvent.length) {
      storylineOfEvent = Arrays.copyOf(storylineOfEvent, Math.max(event + 1, storylineOfEvent.length * 2));
    }
    storylineOfEvent[event] = storyline;
  }

  private int newArrival(String id) {
    int arrival = arrivals.size();
    arrivals.add(id);
    arrivalOf.put(id, arrival);
    if (arrival == eventOfArrival.length) {
      eventOfArrival = Arrays.copyOf(eventOfArrival, arrival * 2);
    }
    return arrival;
  }

  private List<String> ids(int[] arrivalNumbers) {
    List<String> out = new ArrayList<>(arrivalNumbers.length);
    for (int a : arrivalNumbers) {
      out.add(arrivals.get(a));
    }
    return out;
  }

  private static double day(ArticleFeatures f) {
    return f.time() == null ? Double.NaN : f.time().getEpochSecond() / SECONDS_PER_DAY;
  }

  /**
   * The one-article profile: each vector scaled under the idf of this moment (unit length, or unit
   * mass for the salient names), so a group's sum counts each article once.
   */
  private StoryState profile(ArticleFeatures f, int arrival, double day) {
    SparseProfile terms = sublinear(f.terms(), termStats);
    SparseProfile entities = indicator(f.entities(), entityStats);
    if (arrival >= 0 && !countedUpFront.contains(f.id())) {
      termStats.observe(terms.ids());
      entityStats.observe(entities.ids());
    }
    double tLogN = termStats.logN();
    double eLogN = entityStats.logN();
    SparseProfile lead = sublinear(f.lead(), termStats);
    Map<String, Integer> numberCounts = new HashMap<>();
    f.terms().forEach((t, c) -> {
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        numberCounts.put(t, c);
      }
    });
    SparseProfile numbers = sublinear(numberCounts, termStats);
    SparseProfile rareNumbers = numbers.copy(); // the same tf weights, scaled another way below
    SparseProfile salient = indicator(f.salient(), entityStats);
    SparseProfile presence = indicator(f.entities(), entityStats);
    terms.scaleToUnit(termStats, tLogN);
    lead.scaleToUnit(termStats, tLogN);
    numbers.scaleToUnit(termStats, tLogN);
    rareNumbers.scaleToCeiling(tLogN);
    entities.scaleToUnit(entityStats, eLogN);
    salient.scaleToUnitMass(entityStats, eLogN);
    StoryState s = new StoryState(-1, f.dense(), terms, lead, entities, salient, presence, numbers, rareNumbers,
        salient.size() > 0, f.headline(), day);
    if (arrival >= 0) {
      s.addMember(arrival);
    }
    return s;
  }

  private static int[] ids(Collection<String> keys, TermStats stats) {
    int[] out = keys.stream().mapToInt(stats::idOf).distinct().sorted().toArray();
    return out;
  }

  /** Sublinear tf (1 + ln tf), idf-free. */
  private static SparseProfile sublinear(Map<String, Integer> counts, TermStats stats) {
    Map<Integer, Double> w = new HashMap<>();
    counts.forEach((t, c) -> w.put(stats.idOf(t), 1 + Math.log(c)));
    return sparse(w);
  }

  private static SparseProfile indicator(Collection<String> keys, TermStats stats) {
    Map<Integer, Double> w = new HashMap<>();
    keys.forEach(e -> w.put(stats.idOf(e), 1.0));
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
}
