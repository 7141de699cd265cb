package org.storyfuse.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.embed.Embedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.ingest.dedup.NearDuplicateDetector;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.store.Store;
import org.storyfuse.story.Level;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryEvent;
import org.storyfuse.story.StoryMember;
import org.storyfuse.text.SentenceSplitter;

/**
 * The one way through Storyfuse, from extracted articles to briefs. Two modes run the same stages
 * in the same order — drop repeated articles ({@link ContentKey}), analyse, group ({@link
 * StoryGrouper}: syndicated copies, then story clustering, then {@link StoryIds}), fuse each
 * changed story:
 * <ul>
 *   <li>{@link #run}: a batch of articles in, every story's brief out ({@code storyfuse brief});</li>
 *   <li>{@link #attach}: batches of new articles against a {@link Store}, which keeps the articles,
 *       stories and briefs ({@code ingest}, {@code watch}, the HTTP API).</li>
 * </ul>
 * The same articles in the same order give the same stories with the same ids in both modes,
 * however the incremental run is cut into batches. Thread-safe; analysis and fusion use
 * {@code threads} threads, and the output does not depend on how many.
 */
public final class StoryPipeline {

  /**
   * The stages. {@code analyzer} may be null (analysis off: briefs without entities, quotes or
   * timeline).
   */
  public record Stages(Analyzer analyzer, NearDuplicateDetector duplicates, StoryClusterer clusterer,
      BriefBuilder briefs) {
    public Stages {
      Objects.requireNonNull(duplicates, "duplicates");
      Objects.requireNonNull(clusterer, "clusterer");
      Objects.requireNonNull(briefs, "briefs");
    }
  }

  private final Stages stages;
  private final int threads;
  /** Makes the analyzer on first use when {@code stages} has none; null when analysis is off. */
  private final Supplier<Analyzer> analyzerOnDemand;

  public StoryPipeline(Stages stages, int threads) {
    this(stages, threads, null);
  }

  private StoryPipeline(Stages stages, int threads, Supplier<Analyzer> analyzerOnDemand) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.stages = stages;
    this.threads = threads;
    this.analyzerOnDemand = analyzerOnDemand == null || stages.analyzer() != null ? null : memoized(analyzerOnDemand);
  }

  /** The default stages: the given analyzer (or none), syndication, clustering and a brief of {@code summaryWords}. */
  public static StoryPipeline standard(Analyzer analyzer, Embedder embedder, int summaryWords, int threads) {
    return new StoryPipeline(new Stages(analyzer, new NearDuplicateDetector(), new StoryClusterer(embedder),
        new BriefBuilder(new SentenceSplitter(), summaryWords, embedder)), threads);
  }

  /**
   * As {@link #standard}, but the analyzer is made (its models loaded, 15-30 s) only when an article
   * has to be analysed: a run in which every article is already stored never loads it.
   *
   * @param analyzer makes the analyzer, called at most once; null for analysis off
   */
  public static StoryPipeline standardOnDemand(Supplier<Analyzer> analyzer, Embedder embedder, int summaryWords,
      int threads) {
    // the clusterer of standard(): the store's stories must be the ones `brief` makes of the same articles
    return new StoryPipeline(new Stages(null, new NearDuplicateDetector(), new StoryClusterer(embedder),
        new BriefBuilder(new SentenceSplitter(), summaryWords, embedder)), threads, analyzer);
  }

  /** The stages (an analyzer made on demand is not among them: see {@link #standardOnDemand}). */
  public Stages stages() {
    return stages;
  }

  private Analyzer analyzer() {
    return stages.analyzer() != null ? stages.analyzer() : analyzerOnDemand == null ? null : analyzerOnDemand.get();
  }

  private static Supplier<Analyzer> memoized(Supplier<Analyzer> make) {
    return new Supplier<>() {
      private Analyzer made;

      @Override
      public synchronized Analyzer get() {
        if (made == null) {
          made = Objects.requireNonNull(make.get(), "the analyzer");
        }
        return made;
      }
    };
  }

  /** Batch mode: every storyline of the articles and its brief, largest first. */
  public BatchResult run(List<Article> articles, PipelineListener listener) {
    return run(articles, listener, Level.STORYLINE);
  }

  /** Batch mode at the given level: every storyline (or every event) and its brief, largest first. */
  public BatchResult run(List<Article> articles, PipelineListener listener, Level level) {
    Grouped grouped = group(articles, listener, level);
    StageClock clock = StageClock.start();
    List<Brief> briefs = fuse(grouped.stories(), listener);
    clock.done("fusion", listener);
    return new BatchResult(grouped.stories(), briefs, grouped.duplicates());
  }

  /**
   * Batch mode without fusion: the stories (largest first) exactly as {@link #run} forms them,
   * for callers that need the grouping only (the clustering evaluation).
   */
  public List<Story> stories(List<Article> articles, PipelineListener listener) {
    return stories(articles, listener, Level.STORYLINE);
  }

  /** As {@link #stories(List, PipelineListener)}, grouped at the given level. */
  public List<Story> stories(List<Article> articles, PipelineListener listener, Level level) {
    return group(articles, listener, level).stories();
  }

  private record Grouped(List<Story> stories, int duplicates) {}

  private Grouped group(List<Article> articles, PipelineListener listener, Level level) {
    StageClock clock = StageClock.start();
    Set<ContentKey> seen = new HashSet<>();
    List<Article> unique = new ArrayList<>();
    for (Article a : articles) {
      if (seen.add(ContentKey.of(a))) {
        unique.add(ArticleBounds.bound(a, listener));
      } else {
        listener.note(a.origin(), "the same article (same text and URL) was read already: skipped");
      }
    }
    clock.done("repeats", listener);
    Map<String, AnalyzedArticle> analyses = analyse(unique, listener);
    clock.done("analysis", listener);
    StoryGrouper grouper = newGrouper();
    List<Long> seqs = new ArrayList<>();
    for (int i = 0; i < unique.size(); i++) {
      seqs.add(i + 1L);
    }
    listener.progress("Grouping", 0, 1);
    grouper.add(unique, seqs);
    Grouping grouping = grouper.group();
    listener.progress("Grouping", 1, 1);
    Map<String, Article> byId = new HashMap<>();
    unique.forEach(a -> byId.put(a.id(), a));
    List<Story> stories = new ArrayList<>();
    grouping.members(level).forEach((id, members) ->
        stories.add(story(id, level, grouping, byId::get, analyses::get)));
    stories.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    clock.done("grouping", listener);
    return new Grouped(stories, articles.size() - unique.size());
  }

  /** Incremental mode over a store, which the returned pipeline then owns (closes): see {@link IncrementalPipeline}. */
  public IncrementalPipeline attach(Store store) {
    return new IncrementalPipeline(this, store, java.time.Clock.systemUTC());
  }

  StoryGrouper newGrouper() {
    return new StoryGrouper(stages.duplicates(), stages.clusterer());
  }

  /**
   * The analysis of each article by id (empty when analysis is off); articles run in parallel, each
   * done article reported as progress of "Analysing", each analyser note as a note.
   */
  public Map<String, AnalyzedArticle> analyse(List<Article> articles, PipelineListener listener) {
    Map<String, AnalyzedArticle> out = new HashMap<>();
    if (articles.isEmpty() || (stages.analyzer() == null && analyzerOnDemand == null)) {
      return out;
    }
    AtomicInteger done = new AtomicInteger();
    for (AnalyzedArticle a : analyzer().analyzeAll(articles, threads,
        x -> listener.progress("Analysing", done.incrementAndGet(), articles.size()))) {
      out.put(a.article().id(), a);
      a.notes().forEach(n -> listener.note(a.article().origin(), n));
    }
    return out;
  }

  /** One brief per story, in the stories' order; stories are fused in parallel. */
  List<Brief> fuse(List<Story> stories, PipelineListener listener) {
    if (stories.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, stories.size()), r -> {
      Thread t = new Thread(r, "storyfuse-fuse");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<Brief>> futures = new ArrayList<>();
      for (Story s : stories) {
        futures.add(pool.submit(() -> {
          Brief b = stages.briefs().build(s);
          listener.progress("Fusing", done.incrementAndGet(), stories.size());
          return b;
        }));
      }
      List<Brief> out = new ArrayList<>();
      for (Future<Brief> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fusion interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("fusion failed: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The story of a storyline (with its events) or of one event: members in arrival order, with
   * their articles, analyses and originals.
   */
  static Story story(String id, Level level, Grouping g, Function<String, Article> article,
      Function<String, AnalyzedArticle> analysis) {
    List<StoryMember> members = new ArrayList<>();
    for (String m : g.members(level).get(id)) {
      members.add(new StoryMember(article.apply(m), analysis.apply(m), g.copyOf().get(m)));
    }
    if (level == Level.EVENT) {
      return new Story(id, members);
    }
    List<StoryEvent> events = new ArrayList<>();
    for (String e : g.eventsOf().get(id)) {
      events.add(new StoryEvent(e, g.eventMembers().get(e)));
    }
    return new Story(id, members, events);
  }
}
