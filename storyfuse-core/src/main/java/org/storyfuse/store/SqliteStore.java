package org.storyfuse.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.Story;
import org.storyfuse.text.SentenceSplitter;

/**
 * The {@link Store} in one SQLite file. Writes go through one synchronized {@link #ingest} that
 * runs the whole batch in one {@code BEGIN IMMEDIATE} transaction; reads open their own
 * connection and, thanks to WAL, see the last committed batch without waiting for the writer.
 * The analysis (the slow part) runs before the transaction, so the write lock is held only for
 * the inserts and the briefs of the changed stories.
 */
public final class SqliteStore implements Store {

  /** Options: the analyzer (null = analysis off), the summary length, the analysis threads, the clock. */
  public record Options(Analyzer analyzer, int summaryWords, int threads, Clock clock) {
    public Options {
      Objects.requireNonNull(clock, "clock");
      if (summaryWords < 1 || threads < 1) {
        throw new IllegalArgumentException("summaryWords and threads must be at least 1");
      }
    }

    public static Options analysisOff() {
      return new Options(null, BriefBuilder.DEFAULT_WORDS, 1, Clock.systemUTC());
    }

    public Options withAnalyzer(Analyzer a, int analysisThreads) {
      return new Options(a, summaryWords, analysisThreads, clock);
    }

    public Options withClock(Clock c) {
      return new Options(analyzer, summaryWords, threads, c);
    }
  }

  /** Told after each article of a batch is written, inside the transaction. */
  @FunctionalInterface
  public interface BatchProgress {
    BatchProgress NONE = (done, total) -> {};

    void stored(int done, int total);
  }

  private final Database db;
  private final Options options;
  private final BriefBuilder briefs;
  /** Rebuilt lazily by replay; dropped when a batch fails, so memory never runs ahead of the file. */
  private StoryAssignments assignments;

  private SqliteStore(Database db, Options options) {
    this.db = db;
    this.options = options;
    this.briefs = new BriefBuilder(new SentenceSplitter(), options.summaryWords(), org.storyfuse.embed.LazyEmbedder.miniLm());
  }

  /** Opens (creating if needed) the store at {@code file} and migrates its schema. */
  public static SqliteStore open(Path file, Options options) {
    return new SqliteStore(Database.open(file), options);
  }

  public static SqliteStore open(Path file) {
    return open(file, Options.analysisOff());
  }

  @Override
  public IngestReport ingest(List<Article> batch) {
    return ingest(batch, BatchProgress.NONE);
  }

  public synchronized IngestReport ingest(List<Article> batch, BatchProgress progress) {
    try {
      Map<String, AnalyzedArticle> analyses = analyse(freshOf(batch));
      try (Connection c = db.connect()) {
        return new BatchWrite(c, options.clock().instant(), analyses).run(batch, progress);
      }
    } catch (SQLException e) {
      assignments = null;
      throw new StoreException("ingest failed: " + Database.oneLine(e), e);
    } catch (RuntimeException e) {
      assignments = null;
      throw e;
    }
  }

  /** The batch's articles not stored yet, as a read outside the write lock sees them (for analysis). */
  private List<Article> freshOf(List<Article> batch) throws SQLException {
    if (options.analyzer() == null) {
      return List.of();
    }
    try (Connection c = db.connect()) {
      return new Classifier(c).classify(batch).fresh();
    }
  }

  private Map<String, AnalyzedArticle> analyse(List<Article> fresh) {
    Map<String, AnalyzedArticle> out = new HashMap<>();
    if (options.analyzer() != null && !fresh.isEmpty()) {
      for (AnalyzedArticle a : options.analyzer().analyzeAll(fresh, options.threads())) {
        out.put(a.article().id(), a);
      }
    }
    return out;
  }

  /** One batch's transaction. */
  private final class BatchWrite {
    private final Connection c;
    private final Instant now;
    private final Map<String, AnalyzedArticle> analyses;

    BatchWrite(Connection c, Instant now, Map<String, AnalyzedArticle> analyses) {
      this.c = c;
      this.now = now;
      this.analyses = analyses;
    }

    IngestReport run(List<Article> batch, BatchProgress progress) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
      }
      try {
        IngestReport report = write(batch, progress);
        try (Statement s = c.createStatement()) {
          s.execute("COMMIT");
        }
        return report;
      } catch (SQLException | RuntimeException e) {
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException ignored) {
          // the connection is closed next; SQLite discards the open transaction then
        }
        throw e;
      }
    }

    private IngestReport write(List<Article> batch, BatchProgress progress) throws SQLException {
      Classifier.Classified sorted = new Classifier(c).classify(batch);
      long nextSeq = ArticleRows.nextSeq(c);
      StoryAssignments stories = assignmentsUpTo(nextSeq - 1);
      Map<String, String> storyOf = new HashMap<>();
      if (!sorted.fresh().isEmpty()) {
        long batchId = newBatch();
        StoryAssignments.Plan plan = stories.plan(sorted.fresh(), nextSeq);
        plan.newStories().forEach((id, seq) -> create(id, seq));
        int done = 0;
        for (StoryAssignments.Planned p : plan.articles()) {
          Article a = p.article();
          ArticleRows.insert(c, p.seq(), batchId, a, sorted.hashOf().get(a.id()), p.storyId(), p.duplicateOf(),
              analysisOf(a), now);
          SearchIndex.indexArticle(c, a);
          storyOf.put(a.id(), p.storyId());
          progress.stored(++done, plan.articles().size());
        }
        for (StoryAssignments.Move m : plan.moves()) {
          ArticleRows.moveToStory(c, m.articleId(), m.to());
        }
        for (String id : plan.changed()) {
          if (!StoryRows.deleteIfEmpty(c, id)) {
            StoryRows.touch(c, id, now);
            rebuildBrief(id);
          }
        }
      }
      List<IngestReport.Outcome> outcomes = new ArrayList<>();
      for (Classifier.Item item : sorted.items()) {
        if (item.duplicateOf() == null) {
          outcomes.add(new IngestReport.Outcome(item.id(), IngestReport.Status.NEW, storyOf.get(item.id())));
        } else {
          String story = storyOf.containsKey(item.duplicateOf()) ? storyOf.get(item.duplicateOf())
              : ArticleRows.storyOf(c, item.duplicateOf());
          outcomes.add(new IngestReport.Outcome(item.duplicateOf(), IngestReport.Status.DUPLICATE, story));
        }
      }
      return new IngestReport(outcomes);
    }

    private AnalyzedArticle analysisOf(Article a) {
      if (options.analyzer() == null) {
        return null;
      }
      AnalyzedArticle analysed = analyses.get(a.id());
      // Analysed before the lock: if another process stored an article under this id meanwhile,
      // this one got another id and the earlier analysis would cite the wrong article.
      return analysed != null && analysed.article().equals(a) ? analysed : options.analyzer().analyze(a);
    }

    private long newBatch() throws SQLException {
      try (var ps = c.prepareStatement("INSERT INTO batches (ingested_at) VALUES (?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, now.toEpochMilli());
        ps.executeUpdate();
        try (var keys = ps.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    }

    private void create(String storyId, long seq) {
      try {
        StoryRows.create(c, storyId, seq, now);
      } catch (SQLException e) {
        throw new StoreException("cannot create story " + storyId + ": " + Database.oneLine(e), e);
      }
    }

    private void rebuildBrief(String storyId) throws SQLException {
      List<ArticleRows.Member> members = ArticleRows.ofStory(c, storyId);
      Map<String, Article> byId = new HashMap<>();
      Map<String, String> canonicalOf = new HashMap<>();
      Map<String, AnalyzedArticle> analysed = new HashMap<>();
      List<String> ids = new ArrayList<>();
      for (ArticleRows.Member m : members) {
        String id = m.article().id();
        ids.add(id);
        byId.put(id, m.article());
        if (m.duplicateOf() != null) {
          canonicalOf.put(id, m.duplicateOf());
        }
        if (m.analysis() != null) {
          analysed.put(id, m.analysis());
        }
      }
      Brief brief = briefs.build(new Story(storyId, ids), byId, canonicalOf, analysed);
      int sources = (int) brief.sources().stream().filter(s -> s.duplicateOf() == null).count();
      StoryRows.saveBrief(c, brief, members.size(), sources, now);
      SearchIndex.indexBrief(c, brief);
    }
  }

  /** The clusterer state up to the given seq: replays the file when this process has not seen all of it. */
  private StoryAssignments assignmentsUpTo(long storedSeq) throws SQLException {
    if (assignments != null && assignments.lastSeq() == storedSeq) {
      return assignments;
    }
    StoryAssignments fresh = new StoryAssignments();
    try (Connection c = db.connect()) {
      List<StoryAssignments.Stored> batchRows = new ArrayList<>();
      long[] batch = {Long.MIN_VALUE};
      ArticleRows.forEach(c, row -> {
        if (row.batch() != batch[0] && !batchRows.isEmpty()) {
          fresh.replayBatch(batchRows);
          batchRows.clear();
        }
        batch[0] = row.batch();
        batchRows.add(new StoryAssignments.Stored(row.seq(), row.article(), row.storyId(), row.duplicateOf()));
      });
      if (!batchRows.isEmpty()) {
        fresh.replayBatch(batchRows);
      }
    }
    assignments = fresh;
    return fresh;
  }

  @Override
  public List<StorySummary> stories(StoryQuery query) {
    return read(c -> StoryRows.list(c, query.since(),
        query.text() == null ? null : SearchIndex.matchingStories(c, query.text()), query.limit()));
  }

  @Override
  public Optional<Brief> brief(String storyId) {
    return read(c -> StoryRows.brief(c, storyId));
  }

  /** How many times a story's brief has been built (1 when created), or empty for an unknown story. */
  public OptionalInt briefVersion(String storyId) {
    return read(c -> StoryRows.briefVersion(c, storyId));
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    return read(c -> ArticleRows.find(c, articleId));
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    return read(c -> SearchIndex.search(c, query, limit));
  }

  /** {@code PRAGMA integrity_check} of the file: "ok" when sound. */
  public String integrityCheck() {
    try {
      return db.integrityCheck();
    } catch (SQLException e) {
      throw new StoreException("integrity check failed: " + Database.oneLine(e), e);
    }
  }

  @Override
  public void close() {
    // connections are per call; nothing stays open
  }

  private interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(Read<T> read) {
    try (Connection c = db.connect()) {
      return read.apply(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store " + db.file() + ": " + Database.oneLine(e), e);
    }
  }
}
