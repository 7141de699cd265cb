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
 * <p>The grouper's per-article work is kept between batches; it is rebuilt from the store when
 * another writer (another process) has stored articles since, and a commit planned against an
 * outdated store is refused by the store and planned again. Analysis, the slow part, runs outside
 * the store's write lock and is not repeated when a batch is planned again. Thread-safe: one batch
 * at a time per instance.
 */
public final class IncrementalPipeline implements AutoCloseable {

  /** Plans tried before giving up when other writers keep committing first. */
  static final int ATTEMPTS = 8;
  /** Stored rows handed to the grouper at once when reloading (bounds memory; features run in parallel). */
  private static final int RELOAD_CHUNK = 2_000;

  private final StoryPipeline pipeline;
  private final Store store;
  private final Clock clock;

  // The store as this process last saw it; null grouper = reload before the next batch.
  private StoryGrouper grouper;
  private long lastSeq = -1;
  private Map<String, String> storyOf = new HashMap<>();
  private Map<String, String> copyOf = new HashMap<>();
  private Map<String, List<String>> events = Map.of();

  IncrementalPipeline(StoryPipeline pipeline, Store store, Clock clock) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
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

  public IngestReport ingest(List<Article> batch) {
    return ingest(batch, PipelineListener.SILENT);
  }

  /** Adds a batch: one transaction; see the class comment. */
  public synchronized IngestReport ingest(List<Article> batch, PipelineListener listener) {
    Map<String, AnalyzedArticle> analysed = new HashMap<>(); // by article id; kept across attempts
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(batch, analysed, listener);
      } catch (StoreConflictException e) {
        grouper = null;
        if (attempt == ATTEMPTS) {
          throw new StoreException("gave up after " + ATTEMPTS + " attempts: other writers kept changing the store ("
              + e.getMessage() + ")", e);
        }
        pause(attempt);
      } catch (RuntimeException e) {
        grouper = null; // the grouper may hold the failed batch's articles: rebuild from the store
        throw e;
      }
    }
  }

  private IngestReport attempt(List<Article> batch, Map<String, AnalyzedArticle> analysed, PipelineListener listener) {
    if (grouper == null || store.lastSeq() != lastSeq) {
      reload(listener);
    }
    // 1. Classify: already stored (or earlier in this batch), or new under a free id.
    Map<ContentKey, String> inBatch = new HashMap<>();
    Set<String> usedIds = new HashSet<>();
    List<Article> fresh = new ArrayList<>();
    Map<String, ContentKey> keyOf = new HashMap<>();
    List<String[]> outcomes = new ArrayList<>(); // {article id, "NEW" | "DUPLICATE"}
    for (Article a : batch) {
      ContentKey key = ContentKey.of(a);
      String earlier = inBatch.get(key);
      Optional<String> stored = earlier != null ? Optional.of(earlier) : store.idOfContent(key.hash(), key.url());
      if (stored.isPresent()) {
        outcomes.add(new String[] {stored.get(), "DUPLICATE"});
        continue;
      }
      String id = freeId(a.id(), key.hash(), usedIds);
      usedIds.add(id);
      inBatch.put(key, id);
      Article article = id.equals(a.id()) ? a : a.withId(id);
      fresh.add(article);
      keyOf.put(id, key);
      outcomes.add(new String[] {id, "NEW"});
    }
    if (fresh.isEmpty()) {
      return report(outcomes, storyOf);
    }

    // 2. Analyse what has not been analysed in an earlier attempt (outside any lock).
    List<Article> toAnalyse = fresh.stream()
        .filter(a -> !analysed.containsKey(a.id()) || !analysed.get(a.id()).article().equals(a)).toList();
    analysed.putAll(pipeline.analyse(toAnalyse, listener));

    // 3. Group everything known, new articles after the stored ones.
    List<Long> seqs = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      seqs.add(lastSeq + 1 + i);
    }
    grouper.add(fresh, seqs);
    Grouping g = grouper.group();

    // 4. The difference against what the store holds.
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
    List<String> storedIds = new ArrayList<>(storyOf.keySet());
    storedIds.sort(Comparator.naturalOrder());
    for (String a : storedIds) {
      String from = storyOf.get(a);
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
    List<String> removed = new ArrayList<>(new TreeSet<>(before.keySet()));
    removed.removeIf(g.storyMembers()::containsKey);
    List<ChangeSet.Alias> aliases = new ArrayList<>();
    for (String gone : removed) {
      aliases.add(new ChangeSet.Alias(gone, absorber(before.get(gone), g)));
    }

    // 5. The briefs of the changed stories, fused in parallel.
    Map<String, Article> freshById = new HashMap<>();
    fresh.forEach(a -> freshById.put(a.id(), a));
    List<Story> stories = changedStories(changed, g, freshById, analysed);
    List<Brief> briefs = pipeline.fuse(stories, listener);
    List<ChangeSet.BriefDocument> documents = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      documents.add(BriefDocuments.of(briefs.get(i), stories.get(i).size()));
    }

    List<ChangeSet.NewArticle> rows = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Article a = fresh.get(i);
      AnalyzedArticle analysis = analysed.get(a.id());
      rows.add(new ChangeSet.NewArticle(seqs.get(i), a, keyOf.get(a.id()).hash(), keyOf.get(a.id()).url(),
          g.storyOf().get(a.id()), g.copyOf().get(a.id()), analysis == null ? null : AnalysisCodec.write(analysis)));
    }
    store.commit(new ChangeSet(lastSeq, clock.instant(), newStories, rows, moves, removed, aliases, documents),
        (done, total) -> listener.progress("Storing", done, total));

    lastSeq += fresh.size();
    storyOf = new HashMap<>(g.storyOf());
    copyOf = new HashMap<>(g.copyOf());
    events = g.eventMembers();
    return report(outcomes, storyOf);
  }

  /** Rebuilds the grouper and the story map from every stored article. */
  private void reload(PipelineListener listener) {
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
    for (StoredMember m : store.members(storedMembers)) {
      articles.put(m.article().id(), m.article());
      if (m.analysisJson() != null) {
        analyses.put(m.article().id(), AnalysisCodec.readAnalysis(m.analysisJson()));
      }
    }
    List<Story> out = new ArrayList<>();
    for (String s : changed) {
      out.add(StoryPipeline.story(s, Level.STORYLINE, g, articles::get, analyses::get));
    }
    return out;
  }

  /** The live story holding most of a merged-away story's articles (ties: the older story, then the id). */
  private static String absorber(List<String> formerMembers, Grouping g) {
    Map<String, Integer> votes = new HashMap<>();
    formerMembers.forEach(a -> votes.merge(g.storyOf().get(a), 1, Integer::sum));
    return votes.entrySet().stream()
        .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
            .thenComparingLong(e -> g.founderSeq().get(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .orElseThrow().getKey();
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

  private static IngestReport report(List<String[]> outcomes, Map<String, String> storyOf) {
    List<IngestReport.Outcome> out = new ArrayList<>();
    for (String[] o : outcomes) {
      out.add(new IngestReport.Outcome(o[0], IngestReport.Status.valueOf(o[1]), storyOf.get(o[0])));
    }
    return new IngestReport(out);
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
