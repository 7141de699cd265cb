package org.storyfuse.web.bench;

import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.cli.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Article;
import org.storyfuse.store.SqliteStore;
import org.storyfuse.store.StoryQuery;

/** The load benchmark runs end to end on a small load; it asserts what it did, never how fast. */
class ServerLoadBenchmarkTest {

  @Test
  void measuresBothEndpointsWithoutErrorsAndPostsDistinctArticles(@TempDir Path dir) throws Exception {
    List<Article> seeds = seeds();
    // as storyfuse-web's TestStores.withoutAnalysis(), which this module cannot see
    // closed before the temporary folder goes: closing waits for the briefs rebuilt in the background
    try (IncrementalPipeline store = AnalysisOptions.withoutAnalysis(2).attach(SqliteStore.open(dir.resolve("storyfuse.db")))) {
      ServerLoadBenchmark.Options options = new ServerLoadBenchmark.Options(3, 5, 20, 20, 10, 6, 7, true);
      List<ServerLoadBenchmark.Row> rows = ServerLoadBenchmark.run(store, seeds, options);

      assertThat(rows).extracting(ServerLoadBenchmark.Row::endpoint)
          .containsExactly("GET /api/stories/{id}", "POST /api/articles", "GET while posting");
      assertThat(rows.get(2).errors()).isZero();
      assertThat(rows.get(2).requests()).isPositive();
      for (ServerLoadBenchmark.Row r : rows.subList(0, 2)) {
        assertThat(r.requests()).isEqualTo(20);
        assertThat(r.errors()).as(r.endpoint()).isZero();
        assertThat(r.p50Millis()).isPositive().isLessThanOrEqualTo(r.p99Millis());
        assertThat(r.requestsPerSecond()).isPositive();
      }
      // every post was a new article (201 expected, anything else counts as an error): 10 + 5 + 20 stored
      int stored = store.store().stories(StoryQuery.all()).stream().mapToInt(s -> s.articles()).sum();
      assertThat(stored).isEqualTo(35);
      assertThat(ServerLoadBenchmark.table(rows)).contains("req/s").contains("POST /api/articles");
    }
  }

  static List<Article> seeds() {
    Path dir = Path.of(System.getProperty("storyfuse.shared", "../shared")).resolve("seeds");
    List<Article> articles = new Ingestor().ingest(List.of(dir.resolve("*.txt").toString())).articles();
    assertThat(articles).hasSize(5);
    return articles;
  }
}
