package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyfuse.pipeline.StoreFixtures.bridge;
import static org.storyfuse.pipeline.StoreFixtures.chess;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.store.ChangeSet;
import org.storyfuse.store.Contention;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.SearchHit;
import org.storyfuse.store.Store;
import org.storyfuse.store.StoreBusyException;
import org.storyfuse.store.StoredArticle;
import org.storyfuse.store.StoredBrief;
import org.storyfuse.store.StoredMember;
import org.storyfuse.store.StoredRow;
import org.storyfuse.store.Stores;
import org.storyfuse.store.StorySummary;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;

/**
 * Writers that collide wait for each other instead of failing: a store locked by another writer
 * is waited for (and only given up on, writing nothing, past the bound), and a writer that keeps
 * losing to others plans under the store's write lock and gets in. No timings are asserted: the
 * tests count the waits the store reports.
 */
class ContentionTest {

  @TempDir Path dir;

  private static StoryPipeline pipeline() {
    return StoryPipeline.standard(null, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aWriterWaitsWhileAnotherHoldsTheStoreAndThenCommits(Backend backend) throws Exception {
    String location = TestDatabases.fresh(backend, dir, "wait");
    AtomicInteger waits = new AtomicInteger();
    Contention patient = Contention.of(Duration.ofMinutes(2)).withAttemptWait(Duration.ofMillis(50))
        .withListener((what, attempt, waited) -> waits.incrementAndGet());
    try (IncrementalPipeline writer = pipeline().attach(Stores.open(location, patient))) {
      writer.ingest(List.of(bridge(0))); // the schema exists and the grouper is loaded
      CompletableFuture<IngestReport> report;
      try (Connection other = TestDatabases.holdWriteLock(location)) {
        report = CompletableFuture.supplyAsync(() -> writer.ingest(List.of(bridge(1), chess(0))));
        while (waits.get() < 3 && !report.isDone()) {
          Thread.sleep(10);
        }
        assertThat(report).as("the writer must wait while the lock is held").isNotDone();
      }
      assertThat(report.get(2, TimeUnit.MINUTES).added()).isEqualTo(2);
      assertThat(waits.get()).isGreaterThanOrEqualTo(3);
      assertThat(writer.store().stories(StoryQuery.all())).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void pastTheBoundAWriterGivesUpWritingNothingAndCanTryAgain(Backend backend) throws Exception {
    String location = TestDatabases.fresh(backend, dir, "busy");
    Contention impatient = Contention.of(Duration.ofMillis(300)).withAttemptWait(Duration.ofMillis(50));
    try (IncrementalPipeline writer = pipeline().attach(Stores.open(location, impatient))) {
      writer.ingest(List.of(bridge(0)));
      long version = writer.store().version();
      try (Connection other = TestDatabases.holdWriteLock(location)) {
        assertThatThrownBy(() -> writer.ingest(List.of(bridge(1))))
            .isInstanceOf(StoreBusyException.class)
            .hasMessageContaining("another writer holds it").hasMessageContaining("nothing was written");
      }
      assertThat(writer.store().version()).isEqualTo(version);
      assertThat(writer.store().article("bridge-1")).isEmpty();
      assertThat(writer.ingest(List.of(bridge(1))).added()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void openingAStoreWhileAnotherWriterHoldsItWaits(Backend backend) throws Exception {
    String location = TestDatabases.fresh(backend, dir, "open");
    try (JdbcStore first = Stores.open(location, Contention.DEFAULT)) {
      first.version();
    }
    AtomicInteger waits = new AtomicInteger();
    Contention patient = Contention.of(Duration.ofMinutes(2)).withAttemptWait(Duration.ofMillis(50))
        .withListener((what, attempt, waited) -> waits.incrementAndGet());
    CompletableFuture<JdbcStore> opened;
    try (Connection other = TestDatabases.holdWriteLock(location)) {
      opened = CompletableFuture.supplyAsync(() -> Stores.open(location, patient));
      while (waits.get() < 2 && !opened.isDone()) {
        Thread.sleep(10);
      }
    }
    try (JdbcStore store = opened.get(2, TimeUnit.MINUTES)) {
      assertThat(store.version()).isZero();
    }
  }

  /**
   * Another writer commits before every optimistic plan of this one (a stream of posts against a
   * large batch): the batch still gets in, planned under the store's write lock.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aWriterThatKeepsLosingPlansUnderTheLockAndGetsIn(Backend backend) {
    String location = TestDatabases.fresh(backend, dir, "starved");
    try (JdbcStore shared = Stores.open(location, Contention.DEFAULT);
        IncrementalPipeline other = pipeline().attach(Stores.open(location, Contention.DEFAULT))) {
      List<org.storyfuse.model.Article> othersPosts = List.of(chess(0), chess(1), chess(2), bridge(4));
      AtomicInteger posted = new AtomicInteger();
      AtomicInteger exclusive = new AtomicInteger();
      // before each commit it did not plan under the lock, this writer lets the other commit first
      Store losing = new Interleaving(shared, () -> other.ingest(List.of(othersPosts.get(posted.getAndIncrement()))),
          exclusive::incrementAndGet);
      IncrementalPipeline writer = pipeline().attach(losing);

      IngestReport report = writer.ingest(StoreFixtures.bridges(0, 4));

      assertThat(report.added()).isEqualTo(4);
      assertThat(posted.get()).isEqualTo(IncrementalPipeline.OPTIMISTIC_ATTEMPTS);
      assertThat(exclusive.get()).isEqualTo(1);
      assertThat(shared.stories(new StoryQuery(null, null, 100)).stream().mapToInt(StorySummary::articles).sum())
          .isEqualTo(4 + IncrementalPipeline.OPTIMISTIC_ATTEMPTS);
    }
  }

  /** A store that runs {@code meanwhile} before each commit made outside {@link #exclusively}. */
  private static final class Interleaving implements Store {
    private final Store store;
    private final Runnable meanwhile;
    private final Runnable onExclusive;
    private boolean inside;

    Interleaving(Store store, Runnable meanwhile, Runnable onExclusive) {
      this.store = store;
      this.meanwhile = meanwhile;
      this.onExclusive = onExclusive;
    }

    @Override
    public long commit(ChangeSet changes, CommitProgress progress) {
      if (!inside) {
        meanwhile.run();
      }
      return store.commit(changes, progress);
    }

    @Override
    public int saveBriefs(List<ChangeSet.BriefDocument> briefs, java.time.Instant now) {
      return store.saveBriefs(briefs, now);
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
      onExclusive.run();
      return store.exclusively(() -> {
        inside = true;
        try {
          return work.get();
        } finally {
          inside = false;
        }
      });
    }

    @Override
    public long version() {
      return store.version();
    }

    @Override
    public long lastSeq() {
      return store.lastSeq();
    }

    @Override
    public void forEachArticle(Consumer<StoredRow> each) {
      store.forEachArticle(each);
    }

    @Override
    public Optional<String> idOfContent(String contentHash, String url) {
      return store.idOfContent(contentHash, url);
    }

    @Override
    public boolean idTaken(String articleId) {
      return store.idTaken(articleId);
    }

    @Override
    public List<StoredMember> members(Collection<String> articleIds) {
      return store.members(articleIds);
    }

    @Override
    public Map<String, Set<String>> articlesOfSources(Collection<String> sourceKeys) {
      return store.articlesOfSources(sourceKeys);
    }

    @Override
    public Map<String, Set<String>> sourcesOf(Collection<String> articleIds) {
      return store.sourcesOf(articleIds);
    }

    @Override
    public List<StorySummary> stories(StoryQuery query) {
      return store.stories(query);
    }

    @Override
    public Optional<StoredBrief> brief(String storyId) {
      return store.brief(storyId);
    }

    @Override
    public Optional<String> resolveStory(String storyId) {
      return store.resolveStory(storyId);
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
      return store.article(articleId);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
      return store.search(query, limit);
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
