package org.storyfuse.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.render.BriefJson;
import org.storyfuse.store.Contention;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.SearchHit;
import org.storyfuse.store.SqliteStore;
import org.storyfuse.store.StoreChecks;
import org.storyfuse.store.Stores;
import org.storyfuse.store.StoredArticle;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;

/** A store with the pipeline that writes it, as the CLI and server use them, with reads that parse briefs. */
public final class StoreDesk implements AutoCloseable {

  /** Told as a batch's articles are written. */
  public interface Written {
    void written(int done, int total);
  }

  final JdbcStore store;
  final IncrementalPipeline pipeline;
  final String location;

  private StoreDesk(JdbcStore store, IncrementalPipeline pipeline, String location) {
    this.store = store;
    this.pipeline = pipeline;
    this.location = location;
  }

  public static StoreDesk open(Path file) {
    return open(file.toString());
  }

  /** A SQLite file's path or a PostgreSQL location ({@link org.storyfuse.store.TestDatabases#fresh}). */
  public static StoreDesk open(String location) {
    return open(location, null, Clock.systemUTC());
  }

  public static StoreDesk open(Path file, Analyzer analyzer, Clock clock) {
    return open(file.toString(), analyzer, clock);
  }

  public static StoreDesk open(String location, Analyzer analyzer, Clock clock) {
    JdbcStore store = Stores.open(location, Contention.DEFAULT);
    return new StoreDesk(store, StoryPipeline.standard(analyzer, SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2)
        .attach(store).withClock(clock), location);
  }

  public IngestReport ingestArrivals(List<Arrival> batch) {
    return pipeline.ingestArrivals(batch, PipelineListener.SILENT);
  }

  public JdbcStore store() {
    return store;
  }

  public IngestReport ingest(List<Article> batch) {
    return pipeline.ingest(batch);
  }

  public IngestReport ingest(List<Article> batch, Written written) {
    return pipeline.ingest(batch, new PipelineListener() {
      @Override
      public void progress(String phase, int done, int total) {
        if (phase.equals("Storing")) {
          written.written(done, total);
        }
      }
    });
  }

  public List<StorySummary> stories(StoryQuery q) {
    return store.stories(q);
  }

  public Optional<Brief> brief(String storyId) {
    return store.brief(storyId).map(b -> {
      try {
        return BriefJson.read(b.json());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("the stored brief of story " + b.storyId() + " is unreadable: "
            + e.getOriginalMessage(), e);
      }
    });
  }

  public OptionalInt briefVersion(String storyId) {
    return store.briefVersion(storyId);
  }

  public Optional<StoredArticle> article(String id) {
    return store.article(id);
  }

  public List<SearchHit> search(String q, int limit) {
    return store.search(q, limit);
  }

  /** "ok" when the store is sound: SQLite's own check of the file, then the invariants of {@link StoreChecks}. */
  public String integrityCheck() {
    if (store instanceof SqliteStore sqlite && !sqlite.integrityCheck().equals("ok")) {
      return sqlite.integrityCheck();
    }
    try {
      List<String> problems = StoreChecks.problems(location);
      return problems.isEmpty() ? "ok" : String.join("; ", problems);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    pipeline.close();
  }
}
