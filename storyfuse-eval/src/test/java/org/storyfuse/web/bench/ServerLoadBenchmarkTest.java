package org.storyfuse.web.bench;

import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.cli.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
      ServerLoadBenchmark.Options options = new ServerLoadBenchmark.Options(3, 5, 20, 20, 10, 6, 7, true, false);
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

  @Test
  void realArticlesArePreloadedAndPostedAsTheyAre(@TempDir Path dir) throws Exception {
    // the five seed reports and the sample corpus's seven: 4 preloaded, 2 warm-up posts, 6 measured
    List<Article> material = new ArrayList<>(seeds());
    material.addAll(new Ingestor().ingest(List.of(
        Path.of(System.getProperty("storyfuse.root", "..")).resolve("samples/corpus").toString())).articles());
    ServerLoadBenchmark.Options options = new ServerLoadBenchmark.Options(2, 2, 10, 6, 4, 6, 7, true, true);
    try (IncrementalPipeline store = AnalysisOptions.withoutAnalysis(2).attach(SqliteStore.open(dir.resolve("storyfuse.db")))) {
      List<ServerLoadBenchmark.Row> rows = ServerLoadBenchmark.run(store, material, options);
      assertThat(rows.get(1).endpoint()).isEqualTo("POST /api/articles");
      assertThat(rows.get(1).errors()).isZero();
      // every article of the material, stored under its own title: none recombined
      List<String> stored = new ArrayList<>();
      store.store().forEachArticle(row -> stored.add(row.article().title()));
      stored.sort(null);
      assertThat(stored).isEqualTo(material.stream().map(Article::title).sorted().toList());
    }
  }

  @Test
  void realArticlesAreAStreamShuffledBySeedAndMustSuffice() {
    List<Article> material = seeds();
    ServerLoadBenchmark.Options options = new ServerLoadBenchmark.Options(1, 1, 1, 2, 2, 6, 7, true, true);
    List<Article> once = ServerLoadBenchmark.articles(material, 5, options);
    assertThat(once).containsExactlyInAnyOrderElementsOf(material);
    List<Article> reversed = new ArrayList<>(material);
    Collections.reverse(reversed);
    assertThat(ServerLoadBenchmark.articles(reversed, 5, options)).isEqualTo(once);
    assertThatThrownBy(() -> ServerLoadBenchmark.articles(material, 6, options))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 needed").hasMessageContaining("5 read");
  }

  static List<Article> seeds() {
    Path dir = Path.of(System.getProperty("storyfuse.shared", "../shared")).resolve("seeds");
    List<Article> articles = new Ingestor().ingest(List.of(dir.resolve("*.txt").toString())).articles();
    assertThat(articles).hasSize(5);
    return articles;
  }
}
