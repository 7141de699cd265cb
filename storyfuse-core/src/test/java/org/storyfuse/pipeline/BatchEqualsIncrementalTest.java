package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;

/**
 * The pipeline's two modes agree: the same articles in the same order give the same stories, with
 * the same ids and the same briefs, in one batch and in a store fed batch by batch, wherever the
 * batches are cut. Analysis is off here (it changes the briefs' content, not the grouping, and the
 * seeds' end-to-end test covers the analysed path).
 */
class BatchEqualsIncrementalTest {

  static final Path SAMPLES = Path.of("..", "samples", "corpus");

  @TempDir Path dir;

  private static StoryPipeline pipeline() {
    return StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2);
  }

  private static List<Article> read(String glob) {
    return new Ingestor().ingest(List.of(glob)).articles();
  }

  /**
   * A mixed collection: the sample corpus (two stories, a syndicated copy), two made-up stories of
   * several outlets, and the first {@code unrelated} generated notices (unrelated singletons).
   */
  static List<Article> mixedPool(int unrelated) {
    List<Article> pool = new ArrayList<>(read(SAMPLES.resolve("*").toString()));
    pool.addAll(StoreFixtures.bridges(0, 5));
    pool.addAll(StoreFixtures.chesses(0, 3));
    pool.addAll(CrashingIngest.largeBatch().subList(0, unrelated));
    return pool;
  }

  /** Story id → member ids, from a batch run. */
  private static Map<String, TreeSet<String>> batchStories(List<Article> articles, List<Brief> briefsOut) {
    BatchResult r = pipeline().run(articles, PipelineListener.SILENT);
    briefsOut.addAll(r.briefs());
    Map<String, TreeSet<String>> out = new TreeMap<>();
    r.stories().forEach(s -> out.put(s.id(), new TreeSet<>(s.articleIds())));
    return out;
  }

  /** Event id → member ids, from a batch run at the event level. */
  private static Map<String, TreeSet<String>> batchEvents(List<Article> articles) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    pipeline().stories(articles, PipelineListener.SILENT, org.storyfuse.story.Level.EVENT)
        .forEach(s -> out.put(s.id(), new TreeSet<>(s.articleIds())));
    return out;
  }

  /** Story id → member ids, from a store fed the articles in batches cut at {@code cuts}. */
  private Map<String, TreeSet<String>> incrementalStories(Backend backend, List<Article> articles, List<Integer> cuts,
      String name, List<Brief> briefsOut) {
    return incrementalStories(backend, articles, cuts, name, briefsOut, new TreeMap<>());
  }

  /** As above; also the events of the last batch's grouping into {@code eventsOut}. */
  private Map<String, TreeSet<String>> incrementalStories(Backend backend, List<Article> articles, List<Integer> cuts,
      String name, List<Brief> briefsOut, Map<String, TreeSet<String>> eventsOut) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    try (StoreDesk desk = StoreDesk.open(TestDatabases.fresh(backend, dir, name))) {
      int from = 0;
      for (int cut : cuts) {
        desk.ingest(articles.subList(from, cut));
        from = cut;
      }
      desk.ingest(articles.subList(from, articles.size()));
      desk.pipeline.events().forEach((id, members) -> eventsOut.put(id, new TreeSet<>(members)));
      for (StorySummary s : desk.stories(new StoryQuery(null, null, 10_000))) {
        Brief b = desk.brief(s.id()).orElseThrow();
        assertThat(b.storyId()).isEqualTo(s.id());
        briefsOut.add(b);
        out.put(s.id(), new TreeSet<>(b.sources().stream().map(Brief.Source::articleId).toList()));
      }
      assertThat(desk.integrityCheck()).isEqualTo("ok");
    }
    return out;
  }

  private static void assertSameBriefs(List<Brief> batch, List<Brief> incremental) {
    Map<String, Brief> a = new TreeMap<>();
    batch.forEach(b -> a.put(b.storyId(), b));
    Map<String, Brief> b = new TreeMap<>();
    incremental.forEach(x -> b.put(x.storyId(), x));
    assertThat(b).isEqualTo(a);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theSampleCorpusGivesTheSameStoriesIdsAndBriefsInOneBatchAndOneArticleAtATime(Backend backend) {
    List<Article> articles = read(SAMPLES.resolve("*").toString());
    assertThat(articles).hasSizeGreaterThanOrEqualTo(6);
    List<Brief> batchBriefs = new ArrayList<>();
    Map<String, TreeSet<String>> batch = batchStories(articles, batchBriefs);
    assertThat(batch).hasSize(2); // the flood story and the unrelated recall story stay apart

    List<Integer> everyArticle = new ArrayList<>();
    for (int i = 1; i < articles.size(); i++) {
      everyArticle.add(i);
    }
    List<Brief> incrementalBriefs = new ArrayList<>();
    assertThat(incrementalStories(backend, articles, everyArticle, "one-by-one", incrementalBriefs)).isEqualTo(batch);
    assertSameBriefs(batchBriefs, incrementalBriefs);

    List<Brief> oneBatch = new ArrayList<>();
    assertThat(incrementalStories(backend, articles, List.of(), "one-batch", oneBatch)).isEqualTo(batch);
    assertSameBriefs(batchBriefs, oneBatch);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theSeedsAreOneStoryWithTheSameIdInBothModes(Backend backend) {
    String shared = System.getProperty("storyfuse.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "the shared seeds are not available");
    List<Article> articles = read(Path.of(shared, "seeds", "*.txt").toString());
    assertThat(articles).hasSize(5);
    List<Brief> batchBriefs = new ArrayList<>();
    Map<String, TreeSet<String>> batch = batchStories(articles, batchBriefs);
    assertThat(batch).hasSize(1);
    List<Brief> incrementalBriefs = new ArrayList<>();
    assertThat(incrementalStories(backend, articles, List.of(2, 3), "seeds", incrementalBriefs)).isEqualTo(batch);
    assertSameBriefs(batchBriefs, incrementalBriefs);
  }

  /**
   * Property: for shuffled arrival orders of a mixed collection (several stories, syndicated
   * copies, unrelated singletons), cut into batches at random points, the store ends with exactly
   * the batch run's stories, ids and briefs.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void shuffledArrivalsCutIntoRandomBatchesAgreeWithTheBatchRun(Backend backend) {
    List<Article> pool = mixedPool(12);
    for (long seed = 1; seed <= 6; seed++) {
      Random random = new Random(seed);
      List<Article> order = new ArrayList<>(pool);
      Collections.shuffle(order, random);
      TreeSet<Integer> cuts = new TreeSet<>();
      int batches = 1 + random.nextInt(6);
      while (cuts.size() < batches - 1) {
        cuts.add(1 + random.nextInt(order.size() - 1));
      }
      List<Brief> batchBriefs = new ArrayList<>();
      Map<String, TreeSet<String>> batch = batchStories(order, batchBriefs);
      List<Brief> incrementalBriefs = new ArrayList<>();
      Map<String, TreeSet<String>> incrementalEvents = new TreeMap<>();
      assertThat(incrementalStories(backend, order, new ArrayList<>(cuts), "shuffle-" + seed, incrementalBriefs,
          incrementalEvents))
          .as("seed %d, cuts %s", seed, cuts).isEqualTo(batch);
      assertSameBriefs(batchBriefs, incrementalBriefs);
      // events too: the same events with the same ids, each inside one storyline
      assertThat(incrementalEvents).as("events, seed %d", seed).isEqualTo(batchEvents(order));
    }
  }

  /**
   * Property: with the service's fast path ({@link IncrementalPipeline#regroupInBackground}: a batch
   * joins its articles to the stored groups and the whole store is regrouped in the background), the
   * store still ends with exactly the batch run's stories, ids, briefs and events once it is
   * regrouped — whatever the arrival order, the batch cuts, and when the background thread ran.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void theFastPathEndsAsTheBatchRunOnceRegrouped(Backend backend) {
    List<Article> pool = mixedPool(12);
    for (long seed = 1; seed <= 4; seed++) {
      Random random = new Random(seed);
      List<Article> order = new ArrayList<>(pool);
      Collections.shuffle(order, random);
      List<Brief> batchBriefs = new ArrayList<>();
      Map<String, TreeSet<String>> batch = batchStories(order, batchBriefs);
      Map<String, TreeSet<String>> stories = new TreeMap<>();
      Map<String, TreeSet<String>> events = new TreeMap<>();
      List<Brief> briefs = new ArrayList<>();
      try (StoreDesk desk = StoreDesk.open(TestDatabases.fresh(backend, dir, "fast-" + seed))) {
        desk.pipeline.regroupInBackground(PipelineListener.SILENT);
        int from = 0;
        while (from < order.size()) {
          int to = Math.min(order.size(), from + 1 + random.nextInt(4));
          desk.ingest(order.subList(from, to));
          from = to;
        }
        desk.pipeline.regroupNow(PipelineListener.SILENT);
        desk.pipeline.events().forEach((id, members) -> events.put(id, new TreeSet<>(members)));
        for (StorySummary s : desk.stories(new StoryQuery(null, null, 10_000))) {
          Brief b = desk.brief(s.id()).orElseThrow();
          briefs.add(b);
          stories.put(s.id(), new TreeSet<>(b.sources().stream().map(Brief.Source::articleId).toList()));
        }
        assertThat(desk.integrityCheck()).isEqualTo("ok");
      }
      assertThat(stories).as("seed %d", seed).isEqualTo(batch);
      assertSameBriefs(batchBriefs, briefs);
      assertThat(events).as("events, seed %d", seed).isEqualTo(batchEvents(order));
    }
  }

  /**
   * Property: files that change after they were stored (a third of them are first read while
   * half written, then read again complete), arriving in shuffled order and cut into random
   * batches, leave the store with exactly the stories, ids and briefs of a batch run over each
   * file's last version, in the order those versions arrived: the earlier versions leave no trace.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void filesThatChangeEndAsTheBatchRunOverTheirLastVersions(Backend backend) {
    List<Article> pool = mixedPool(7); // item 7 is bridge(3) again: one file per article here
    int replacedFiles = 0;
    for (long seed = 1; seed <= 4; seed++) {
      Random random = new Random(seed);
      List<Article> order = new ArrayList<>(pool);
      Collections.shuffle(order, random);
      // events: (file, version); a partial first version goes somewhere before its file's full one
      List<Arrival> events = new ArrayList<>();
      for (Article a : order) {
        events.add(Arrival.fromFile(a, dir.resolve("inbox").resolve(a.id() + ".txt")));
      }
      for (Article a : order) {
        if (a.paragraphs().size() >= 2 && random.nextInt(3) == 0) {
          int full = indexOf(events, a);
          Article partial = new Article(a.id() + "-partial", a.origin(), a.url(), a.outlet(), a.title(), a.byline(),
              a.published(), a.language(), a.paragraphs().subList(0, a.paragraphs().size() / 2));
          events.add(random.nextInt(full + 1), new Arrival(partial, events.get(full).source()));
          replacedFiles++;
        }
      }
      // batches: random cuts, and a new batch wherever a file comes back (one read of a file per batch)
      List<List<Arrival>> batches = new ArrayList<>();
      List<Arrival> current = new ArrayList<>();
      java.util.Set<String> filesInBatch = new java.util.HashSet<>();
      for (Arrival e : events) {
        if (!current.isEmpty() && (filesInBatch.contains(e.source()) || random.nextInt(4) == 0)) {
          batches.add(current);
          current = new ArrayList<>();
          filesInBatch.clear();
        }
        current.add(e);
        filesInBatch.add(e.source());
      }
      batches.add(current);
      // what the files hold at the end, in the order those versions arrived
      Map<String, Integer> lastVersion = new java.util.HashMap<>();
      for (int i = 0; i < events.size(); i++) {
        lastVersion.put(events.get(i).source(), i);
      }
      List<Article> survivors = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        if (lastVersion.get(events.get(i).source()) == i) {
          survivors.add(events.get(i).article());
        }
      }
      assertThat(survivors).hasSize(pool.size());

      List<Brief> batchBriefs = new ArrayList<>();
      Map<String, TreeSet<String>> batch = batchStories(survivors, batchBriefs);
      List<Brief> incrementalBriefs = new ArrayList<>();
      Map<String, TreeSet<String>> incremental = new TreeMap<>();
      int replaced = 0;
      try (StoreDesk desk = StoreDesk.open(TestDatabases.fresh(backend, dir, "changing-" + seed))) {
        for (List<Arrival> b : batches) {
          replaced += desk.ingestArrivals(b).replaced().size();
        }
        for (StorySummary s : desk.stories(new StoryQuery(null, null, 10_000))) {
          Brief b = desk.brief(s.id()).orElseThrow();
          incrementalBriefs.add(b);
          incremental.put(s.id(), new TreeSet<>(b.sources().stream().map(Brief.Source::articleId).toList()));
        }
        assertThat(desk.integrityCheck()).isEqualTo("ok");
      }
      assertThat(replaced).as("seed %d", seed).isEqualTo(events.size() - pool.size());
      assertThat(incremental).as("seed %d", seed).isEqualTo(batch);
      assertSameBriefs(batchBriefs, incrementalBriefs);
    }
    assertThat(replacedFiles).as("files read twice over all seeds").isGreaterThan(5);
  }

  private static int indexOf(List<Arrival> events, Article a) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).article() == a) {
        return i;
      }
    }
    throw new AssertionError("not among the events: " + a.id());
  }
}
