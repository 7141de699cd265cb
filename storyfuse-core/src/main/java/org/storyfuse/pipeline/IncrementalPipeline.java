package org.storyfuse.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyfuse.analyze.AnalysisCodec;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.store.ChangeSet;
import org.storyfuse.store.Store;
import org.storyfuse.store.StoreConflictException;
import org.storyfuse.store.StoreException;
import org.storyfuse.store.StoredMember;
import org.storyfuse.store.StoredRow;
import org.storyfuse.story.Level;
import org.storyfuse.story.Story;

/**
 * The pipeline's incremental mode: batches of new articles against a {@link Store}. Each batch is
 * classified (already stored, or new with an id no stored article has), analysed, grouped together
 * with every stored article by the same {@link StoryGrouper} a batch run uses, and the difference
 * — new articles, articles that changed story, stories founded, stories merged away (their ids
 * kept as aliases), the briefs of every story whose membership changed — is committed as one
 * {@link ChangeSet}.
 *
 * <p>Replacement: an {@link Arrival} names the file it was read from. When a batch reads a file the
 * store has read before, the stored articles that file no longer holds (an edited file's earlier
 * version, a partial file's first read) are removed — unless another source still holds them —
 * and their stories regrouped, so a changed file replaces its earlier version instead of counting
 * as a second source. The store then holds exactly what a batch run over its surviving articles,
 * in arrival order, would give.
 *
 * <p>Concurrency: the grouper's per-article work is kept between batches; it is rebuilt from the
 * store when another writer (another process) has committed since. A plan is made without holding
 * the store's write lock and committed only if the store is still in the {@link Store#version} it
 * was planned against; a plan refused that way is made again ({@link #OPTIMISTIC_ATTEMPTS} times),
 * then once more holding the store's write lock ({@link Store#exclusively}), which no other writer
 * can overtake: a batch is never dropped because others kept writing. Analysis, the slow part, runs
 * outside the lock and is not repeated when a batch is planned again. Thread-safe: one batch at a
 * time per instance.
 */
public final class IncrementalPipeline implements AutoCloseable {

  /** Plans tried without the store's write lock before planning under it. */
  static final int OPTIMISTIC_ATTEMPTS = 3;
  /** Stored rows handed to the grouper at once when reloading (bounds memory; features run in parallel). */
  private static final int RELOAD_CHUNK = 2_000;

  private final StoryPipeline pipeline;
  private final Store store;
  private final Clock clock;

  // The store as this process last saw it; null grouper = reload before the next batch.
  private StoryGrouper grouper;
  private long version = -1;
  private long lastSeq;
  private Map<String, String> storyOf = new HashMap<>();
  private Map<String, String> copyOf = new HashMap<>();
  private Map<String, List<String>> events = Map.of();
  /** Storyline id → its events' member lists, as the last grouping of this instance left them (briefs show them). */
  private Map<String, List<List<String>>> eventsOfStory = null; // null: not known (before the first grouping)
  /** Builds briefs off the request path when set ({@link #deferBriefs}); null: each batch fuses its stories. */
  private volatile BriefRefresher refresher; // volatile: readers ask it without waiting for a batch's lock
  /** Batches join their articles to the stored groups instead of regrouping the store ({@link #regroupOnRequest}). */
  private boolean fastPath;
  /** Regroups the whole store in the background when set ({@link #regroupInBackground}). */
  private Consolidator consolidator;

  IncrementalPipeline(StoryPipeline pipeline, Store store, Clock clock) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
  }

  /**
   * From now on a batch commits its articles and stories without fusing them: the changed stories'
   * briefs are rebuilt by a background thread ({@link BriefRefresher}), coalesced per story, and
   * readers get the latest brief meanwhile. For a service, whose posts should not wait for a
   * brief; the command line fuses within the batch.
   *
   * @param listener where a failed rebuild is reported
   */
  public synchronized IncrementalPipeline deferBriefs(PipelineListener listener) {
    if (refresher == null) {
      refresher = new BriefRefresher(pipeline, store, clock, listener);
    }
    return this;
  }

  /**
   * From now on a batch groups its new articles into the groups the store holds without regrouping
   * the stored ones (a cost per batch that does not grow with the store), and a background thread
   * regroups the whole store once posts pause or enough articles have come in ({@link
   * Consolidator}), committing what that changes: the store comes back to where a batch run over
   * its articles would put them, whatever the arrival order. For a service; the command line
   * regroups with every batch. {@link #close} regroups what is still unsettled.
   *
   * @param listener where a failed background regrouping is reported
   */
  public synchronized IncrementalPipeline regroupInBackground(PipelineListener listener) {
    fastPath = true;
    if (consolidator == null) {
      consolidator = new Consolidator(this, listener);
    }
    return this;
  }

  /**
   * As {@link #regroupInBackground}, but the whole store is regrouped only when {@link #regroupNow}
   * is called (on one's own schedule; and to measure what the fast path alone gives).
   */
  public synchronized IncrementalPipeline regroupOnRequest() {
    fastPath = true;
    return this;
  }

  /** The background brief builder, when briefs are deferred. */
  public Optional<BriefRefresher> refresher() {
    return Optional.ofNullable(refresher);
  }

  /** The same pipeline and store, with another clock for the times it records (for tests). */
  public IncrementalPipeline withClock(Clock c) {
    return new IncrementalPipeline(pipeline, store, c);
  }

  public Store store() {
    return store;
  }

  /** Closes the store: the pipeline owns the store it was attached to. */
  @Override
  public void close() {
    Consolidator c;
    boolean unsettledPossible;
    synchronized (this) {
      c = consolidator;
      unsettledPossible = fastPath;
    }
    if (c != null) {
      c.close(); // stops its thread (without the lock: it may be waiting for it)
    }
    if (unsettledPossible) {
      regroupNow(PipelineListener.SILENT); // a clean stop leaves the groups a batch run would give
    }
    BriefRefresher r = refresher;
    if (r != null) {
      r.close(); // builds what is pending first: a clean stop loses no brief
    }
    store.close();
  }

  /**
   * The events of every stored article as the last batch grouped them: event id → member ids in
   * arrival order (the store keeps storylines as its stories; events are recomputed with every
   * batch and are not stored yet). Empty before the first batch of this instance.
   */
  public synchronized Map<String, List<String>> events() {
    return Map.copyOf(events);
  }


  /** Adds articles that came from no file (never replaced); see {@link #ingestArrivals}. */
  public IngestReport ingest(List<Article> batch) {
    return ingest(batch, PipelineListener.SILENT);
  }

  /** Adds articles that came from no file (never replaced); see {@link #ingestArrivals}. */
  public IngestReport ingest(List<Article> batch, PipelineListener listener) {
    return ingestArrivals(batch.stream().map(Arrival::unsourced).toList(), listener);
  }

  /** Articles ingested together at most when posts are coalesced ({@link #ingestCoalesced}). */
  static final int COALESCED_ARTICLES = 1_000;

  private final PostCoalescer posts = new PostCoalescer(this::ingest, COALESCED_ARTICLES);

  /**
   * As {@link #ingest(List)}, but batches handed over by several threads at once are ingested
   * together: while one round is being ingested, the batches that arrive queue up, and the next
   * round takes them all (up to {@value #COALESCED_ARTICLES} articles) in one analysis, one
   * regrouping and one transaction — what a service needs, since regrouping costs the same for one
   * article as for a hundred. Each caller gets the outcomes of its own articles, as if it had
   * ingested alone after the batches queued before it; a failure of a round is every one of its
   * callers' failure (nothing of that round is stored).
   */
  public IngestReport ingestCoalesced(List<Article> batch) {
    return posts.ingest(batch);
  }

  /** Batches waiting for a coalesced round (for tests). */
  int queuedPosts() {
    return posts.queued();
  }

  /** Coalesced rounds ingested so far (for tests and benchmarks). */
  public long coalescedRounds() {
    return posts.rounds();
  }

  /** Adds a batch: one transaction; see the class comment. */
  public synchronized IngestReport ingestArrivals(List<Arrival> batch, PipelineListener listener) {
    Map<String, AnalyzedArticle> analysed = new HashMap<>(); // by article id; kept across attempts
    try {
      for (int attempt = 1; attempt <= OPTIMISTIC_ATTEMPTS; attempt++) {
        try {
          return attempt(batch, analysed, listener, null);
        } catch (StoreConflictException e) {
          grouper = null; // it holds the refused plan's articles: rebuild from the store
          pause(attempt);
        }
      }
      // Others kept committing first: plan once more holding the write lock, which nobody can overtake.
      return store.exclusively(() -> attempt(batch, analysed, listener, null));
    } catch (StoreConflictException e) {
      grouper = null;
      throw new StoreException("gave up: other writers kept changing the store even under its write lock ("
          + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      grouper = null; // the grouper may hold the failed batch's articles: rebuild from the store
      throw e;
    }
  }

  /**
   * Regroups every stored article now, as a batch run would, and commits what changes (the fast
   * path of {@link #regroupInBackground} may have left groups that depend on arrival order). Does
   * nothing when the groups are settled already.
   */
  public synchronized void regroupNow(PipelineListener listener) {
    if (!settled()) {
      commitRegrouping(null, listener); // holding the lock: the grouper itself regroups, no copy needed
    }
  }

  /**
   * The store's articles as this process knows them, for a whole regrouping made without the lock
   * ({@link StoryGrouper#group} on the copy); null when nothing is unsettled or another writer moved
   * the store (the next batch reloads and regroups it whole anyway).
   */
  synchronized StoryGrouper unsettledCopy() {
    if (grouper == null || grouper.settled() || store.version() != version) {
      return null;
    }
    return grouper.copy();
  }

  /**
   * Takes over a whole regrouping of an {@link #unsettledCopy} (extended with what arrived since it
   * was made) and commits what it changes; with null, regroups whole here. A conflict with another
   * writer drops it: the next batch starts from the store again.
   */
  synchronized void commitRegrouping(StoryGrouper grouped, PipelineListener listener) {
    try {
      attempt(List.of(), new HashMap<>(), listener, grouped);
    } catch (StoreConflictException e) {
      grouper = null;
    } catch (RuntimeException e) {
      grouper = null;
      throw e;
    }
  }

  /** Whether the stored groups are those a batch run over the stored articles gives (for tests). */
  synchronized boolean settled() {
    return grouper != null && grouper.settled() && store.version() == version;
  }


  /**
   * One plan and commit. {@code regrouped}: a consolidation — a whole grouping to take over (made on
   * a copy of the grouper), or, when null with an empty batch, a whole regrouping made here.
   */
  private IngestReport attempt(List<Arrival> batch, Map<String, AnalyzedArticle> analysed, PipelineListener listener,
      StoryGrouper regrouped) {
    boolean consolidation = batch.isEmpty();
    long seen = store.version(); // read before anything else: a plan is valid for this version only
    if (grouper == null || seen != version) {
      reload(listener, seen);
    }
    // 1. Classify: already stored (or earlier in this batch), or new under a free id.
    Map<ContentKey, String> inBatch = new HashMap<>();
    Set<String> usedIds = new HashSet<>();
    List<Article> fresh = new ArrayList<>();
    Set<String> freshIds = new HashSet<>();
    Map<String, ContentKey> keyOf = new HashMap<>();
    List<String[]> outcomes = new ArrayList<>(); // {article id, "NEW" | "DUPLICATE"}
    Map<String, Set<String>> kept = new TreeMap<>(); // source → the ids it holds after this batch
    for (Arrival arrival : batch) {
      Article a = arrival.article();
      String source = arrival.source() == null ? Store.UNSOURCED : arrival.source();
      ContentKey key = ContentKey.of(a);
      String earlier = inBatch.get(key);
      Optional<String> stored = earlier != null ? Optional.of(earlier) : store.idOfContent(key.hash(), key.url());
      String id;
      if (stored.isPresent()) {
        id = stored.get();
        outcomes.add(new String[] {id, "DUPLICATE"});
      } else {
        id = freeId(a.id(), key.hash(), usedIds);
        usedIds.add(id);
        inBatch.put(key, id);
        Article article = ArticleBounds.bound(id.equals(a.id()) ? a : a.withId(id), listener);
        fresh.add(article);
        freshIds.add(id);
        keyOf.put(id, key);
        outcomes.add(new String[] {id, "NEW"});
      }
      kept.computeIfAbsent(source, k -> new TreeSet<>()).add(id);
    }

    // 2. Sources: what the files read again held before; what they no longer hold goes, unless another source holds it.
    Set<String> files = new TreeSet<>(kept.keySet());
    files.remove(Store.UNSOURCED);
    Map<String, Set<String>> heldBefore = files.isEmpty() ? Map.of() : store.articlesOfSources(files);
    Set<String> storedConcerned = new TreeSet<>();
    heldBefore.values().forEach(storedConcerned::addAll);
    kept.values().forEach(ids -> ids.stream().filter(id -> !freshIds.contains(id)).forEach(storedConcerned::add));
    Map<String, Set<String>> sourcesBefore = storedConcerned.isEmpty() ? Map.of() : store.sourcesOf(storedConcerned);
    Map<String, Set<String>> sourcesAfter = new TreeMap<>();
    storedConcerned.forEach(id -> sourcesAfter.put(id, new TreeSet<>(sourcesBefore.getOrDefault(id, Set.of()))));
    List<ChangeSet.SourceLink> links = new ArrayList<>();
    List<ChangeSet.SourceLink> unlinks = new ArrayList<>();
    Map<String, Set<String>> unlinkedFrom = new TreeMap<>(); // removed-candidate id → the files that let go of it
    for (String file : files) {
      for (String id : heldBefore.getOrDefault(file, Set.of())) {
        if (!kept.get(file).contains(id)) {
          unlinks.add(new ChangeSet.SourceLink(file, id));
          sourcesAfter.get(id).remove(file);
          unlinkedFrom.computeIfAbsent(id, k -> new TreeSet<>()).add(file);
        }
      }
    }
    kept.forEach((source, ids) -> {
      for (String id : ids) {
        Set<String> after = sourcesAfter.computeIfAbsent(id, k -> new TreeSet<>());
        if (!Store.UNSOURCED.equals(source) && after.remove(Store.LEGACY_SOURCE)) {
          // stored before sources were recorded: this file is where it came from
          unlinks.add(new ChangeSet.SourceLink(Store.LEGACY_SOURCE, id));
        }
        if (after.add(source)) {
          links.add(new ChangeSet.SourceLink(source, id));
        }
      }
    });
    List<String> removed = new ArrayList<>();
    for (String id : unlinkedFrom.keySet()) {
      if (sourcesAfter.get(id).isEmpty() && storyOf.containsKey(id)) {
        removed.add(id);
      }
    }
    if (!consolidation && fresh.isEmpty() && removed.isEmpty() && links.isEmpty() && unlinks.isEmpty()) {
      return report(outcomes, storyOf, List.of(), Set.of()); // nothing changes: no write, no analysis
    }

    // 3. Analyse what has not been analysed in an earlier attempt (outside any lock but the last attempt's).
    List<Article> toAnalyse = fresh.stream()
        .filter(a -> !analysed.containsKey(a.id()) || !analysed.get(a.id()).article().equals(a)).toList();
    analysed.putAll(pipeline.analyse(toAnalyse, listener));

    // 4. Group everything known, without the removed articles, new articles after the stored ones.
    List<Long> seqs = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      seqs.add(lastSeq + 1 + i);
    }
    grouper.remove(removed);
    grouper.add(fresh, seqs);
    Grouping adopted = regrouped == null ? null : grouper.adopt(regrouped);
    // else the fast path while a background regrouping is on; a whole regrouping otherwise (or when asked)
    Grouping g = adopted != null ? adopted
        : fastPath && !consolidation ? grouper.extend() : grouper.group();

    // 5. The difference against what the store holds.
    Map<String, List<String>> before = membersByStory(storyOf);
    List<ChangeSet.NewStory> newStories = new ArrayList<>();
    for (String id : g.storyMembers().keySet()) {
      if (!before.containsKey(id)) {
        newStories.add(new ChangeSet.NewStory(id, g.founderSeq().get(id)));
      }
    }
    Set<String> changed = new TreeSet<>();
    newStories.forEach(s -> changed.add(s.id()));
    List<ChangeSet.Move> moves = new ArrayList<>();
    Set<String> removedSet = new HashSet<>(removed);
    List<String> storedIds = new ArrayList<>(storyOf.keySet());
    storedIds.sort(Comparator.naturalOrder());
    Set<String> lostMembers = new TreeSet<>();
    for (String a : storedIds) {
      String from = storyOf.get(a);
      if (removedSet.contains(a)) {
        if (g.storyMembers().containsKey(from)) {
          changed.add(from);
          lostMembers.add(from);
        }
        continue;
      }
      String to = g.storyOf().get(a);
      if (!to.equals(from) || !Objects.equals(copyOf.get(a), g.copyOf().get(a))) {
        moves.add(new ChangeSet.Move(a, to, g.copyOf().get(a)));
        changed.add(to);
        if (g.storyMembers().containsKey(from)) {
          changed.add(from);
        }
      }
    }
    fresh.forEach(a -> changed.add(g.storyOf().get(a.id())));
    // A storyline whose members stay but whose events changed shows other events in its brief.
    Map<String, List<List<String>>> eventsNow = eventsOfStory(g);
    if (eventsOfStory != null) {
      eventsNow.forEach((story, evs) -> {
        if (eventsOfStory.containsKey(story) && !evs.equals(eventsOfStory.get(story))) {
          changed.add(story);
        }
      });
    }
    List<String> removedStories = new ArrayList<>(new TreeSet<>(before.keySet()));
    removedStories.removeIf(g.storyMembers()::containsKey);
    List<ChangeSet.Alias> aliases = new ArrayList<>();
    Map<String, String> successors = removed.isEmpty() ? Map.of() : successors(removed, unlinkedFrom, kept, fresh);
    for (String gone : removedStories) {
      absorber(before.get(gone), removedSet, successors, g).ifPresent(to -> aliases.add(new ChangeSet.Alias(gone, to)));
    }

    if (consolidation && changed.isEmpty() && moves.isEmpty() && removedStories.isEmpty()) {
      events = g.eventMembers(); // the groups stand as they were: nothing to commit
      eventsOfStory = eventsNow;
      return report(outcomes, storyOf, List.of(), Set.of());
    }

    // 6. The briefs of the changed stories, fused in parallel (or, deferred, after the commit in the background).
    List<ChangeSet.BriefDocument> documents = new ArrayList<>();
    if (refresher == null) {
      Map<String, Article> freshById = new HashMap<>();
      fresh.forEach(a -> freshById.put(a.id(), a));
      List<Story> stories = changedStories(changed, g, freshById, analysed);
      List<Brief> briefs = pipeline.fuse(stories, listener);
      for (int i = 0; i < stories.size(); i++) {
        documents.add(BriefDocuments.of(briefs.get(i), stories.get(i).size()));
      }
    }

    List<ChangeSet.NewArticle> rows = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Article a = fresh.get(i);
      AnalyzedArticle analysis = analysed.get(a.id());
      rows.add(new ChangeSet.NewArticle(seqs.get(i), a, keyOf.get(a.id()).hash(), keyOf.get(a.id()).url(),
          g.storyOf().get(a.id()), g.copyOf().get(a.id()), analysis == null ? null : AnalysisCodec.write(analysis)));
    }
    long committed = store.commit(new ChangeSet(seen, clock.instant(), newStories, rows, removed, moves,
            removedStories, aliases, documents, links, unlinks),
        (done, total) -> listener.progress("Storing", done, total));

    if (refresher != null) {
      refresher.request(changed, g);
    }
    version = committed;
    lastSeq += fresh.size();
    storyOf = new HashMap<>(g.storyOf());
    copyOf = new HashMap<>(g.copyOf());
    events = g.eventMembers();
    eventsOfStory = eventsNow;
    if (consolidator != null && !fresh.isEmpty()) {
      consolidator.ingested(fresh.size(), grouper.size(), grouper.settled());
    }
    return report(outcomes, storyOf, removed, lostMembers);
  }

  /** Storyline id → the member lists of its events, in the grouping's order. */
  private static Map<String, List<List<String>>> eventsOfStory(Grouping g) {
    Map<String, List<List<String>>> out = new HashMap<>();
    g.eventsOf().forEach((story, ids) -> out.put(story, ids.stream().map(g.eventMembers()::get).toList()));
    return out;
  }

  /** Rebuilds the grouper and the story map from every stored article, as of store version {@code seen}. */
  private void reload(PipelineListener listener, long seen) {
    StoryGrouper fresh = pipeline.newGrouper();
    Map<String, String> stories = new HashMap<>();
    Map<String, String> copies = new HashMap<>();
    List<Article> chunk = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    long[] last = {0};
    store.forEachArticle((StoredRow row) -> {
      chunk.add(row.article());
      seqs.add(row.seq());
      stories.put(row.article().id(), row.storyId());
      if (row.copyOf() != null) {
        copies.put(row.article().id(), row.copyOf());
      }
      last[0] = Math.max(last[0], row.seq());
      if (chunk.size() == RELOAD_CHUNK) {
        fresh.add(chunk, seqs);
        chunk.clear();
        seqs.clear();
        listener.progress("Loading the store", fresh.size(), fresh.size());
      }
    });
    fresh.add(chunk, seqs);
    grouper = fresh;
    storyOf = stories;
    copyOf = copies;
    lastSeq = last[0];
    version = seen;
    eventsOfStory = null; // which events the stored briefs show is not known here
  }

  /** The stories to fuse: members in arrival order, stored ones read back with their analyses. */
  private List<Story> changedStories(Set<String> changed, Grouping g, Map<String, Article> freshById,
      Map<String, AnalyzedArticle> analysed) {
    List<String> storedMembers = new ArrayList<>();
    for (String s : changed) {
      for (String a : g.storyMembers().get(s)) {
        if (!freshById.containsKey(a)) {
          storedMembers.add(a);
        }
      }
    }
    Map<String, Article> articles = new HashMap<>(freshById);
    Map<String, AnalyzedArticle> analyses = new HashMap<>(analysed);
    readStored(store, storedMembers, articles, analyses);
    List<Story> out = new ArrayList<>();
    for (String s : changed) {
      out.add(StoryPipeline.story(s, Level.STORYLINE, g, articles::get, analyses::get));
    }
    return out;
  }

  /** Adds the stored articles of these ids, and the analyses stored with them, to the two maps. */
  static void readStored(Store store, java.util.Collection<String> ids, Map<String, Article> articles,
      Map<String, AnalyzedArticle> analyses) {
    for (StoredMember m : store.members(ids)) {
      articles.put(m.article().id(), m.article());
      if (m.analysisJson() != null) {
        analyses.put(m.article().id(), AnalysisCodec.readAnalysis(m.analysisJson()));
      }
    }
  }

  /**
   * The live story a story that disappeared now answers as: the one holding most of its former
   * articles (ties: the older story, then the id); when all of them were replaced, the story of
   * their successors; none when nothing is left of it.
   */
  private static Optional<String> absorber(List<String> formerMembers, Set<String> removed,
      Map<String, String> successors, Grouping g) {
    Map<String, Integer> votes = new HashMap<>();
    formerMembers.stream().filter(a -> !removed.contains(a))
        .forEach(a -> votes.merge(g.storyOf().get(a), 1, Integer::sum));
    if (votes.isEmpty()) {
      formerMembers.stream().map(successors::get).filter(Objects::nonNull)
          .forEach(a -> votes.merge(g.storyOf().get(a), 1, Integer::sum));
    }
    return votes.entrySet().stream()
        .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
            .thenComparingLong(e -> g.founderSeq().get(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }

  /**
   * Removed article → the new article that took its place: one the same file holds now, read from
   * the same origin ("report.html", "feed.xml#3"). An item that simply left a feed has none.
   */
  private Map<String, String> successors(List<String> removed, Map<String, Set<String>> unlinkedFrom,
      Map<String, Set<String>> kept, List<Article> fresh) {
    Map<String, Article> freshById = new HashMap<>();
    fresh.forEach(a -> freshById.put(a.id(), a));
    Map<String, String> out = new HashMap<>();
    for (StoredMember m : store.members(removed)) {
      String id = m.article().id();
      for (String file : unlinkedFrom.getOrDefault(id, Set.of())) {
        for (String candidate : kept.getOrDefault(file, Set.of())) {
          Article a = freshById.get(candidate);
          if (a != null && a.origin().equals(m.article().origin())) {
            out.putIfAbsent(id, candidate);
          }
        }
      }
    }
    return out;
  }

  private static Map<String, List<String>> membersByStory(Map<String, String> storyOf) {
    Map<String, List<String>> out = new HashMap<>();
    storyOf.forEach((a, s) -> out.computeIfAbsent(s, k -> new ArrayList<>()).add(a));
    return out;
  }

  /** The extraction's id when free, else with the content hash appended (an edited file at the same path). */
  private String freeId(String wanted, String hash, Set<String> usedInBatch) {
    String id = wanted;
    for (int n = 0; usedInBatch.contains(id) || storyOf.containsKey(id) || store.idTaken(id); n++) {
      id = wanted + "-" + hash.substring(0, 8) + (n == 0 ? "" : "-" + n);
    }
    return id;
  }

  private static IngestReport report(List<String[]> outcomes, Map<String, String> storyOf, List<String> removed,
      Set<String> lostMembers) {
    List<IngestReport.Outcome> out = new ArrayList<>();
    for (String[] o : outcomes) {
      out.add(new IngestReport.Outcome(o[0], IngestReport.Status.valueOf(o[1]), storyOf.get(o[0])));
    }
    Set<String> alsoChanged = new TreeSet<>();
    lostMembers.stream().filter(s -> storyOf.containsValue(s)).forEach(alsoChanged::add);
    return new IngestReport(out, new ArrayList<>(new TreeSet<>(removed)), alsoChanged);
  }

  /** Backs off a little more each attempt, with jitter so two writers do not collide again in step. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextLong(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the store", e);
    }
  }
}
