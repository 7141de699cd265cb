package org.storyfuse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.store.Contention;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.Stores;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;

/**
 * {@code spark brief --store LOCATION}: the job's stories, with their articles and briefs, land in
 * the store (PostgreSQL or SQLite) as the job wrote them, and the store serves them.
 */
class StoreLoadTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theJobsStoriesAndBriefsAreLoadedIntoTheStore(Backend backend) throws IOException {
    String location = TestDatabases.fresh(backend, dir, "spark-load");
    List<String> inputs = List.of(LocalSpark.root().resolve("samples/corpus").toString());
    Path out = dir.resolve("out");
    SparkBriefJob.Summary summary = SparkBriefJob.run(LocalSpark.context(),
        SparkBriefJob.Options.defaults(inputs, out.toString()).withAnalysis(null).withStore(location));
    assertThat(summary.counts().get("stored articles")).isEqualTo(summary.counts().get("articles"));

    ObjectMapper json = new ObjectMapper();
    List<String> briefs = LocalSpark.lines(out.resolve("briefs"));
    assertThat(briefs).hasSizeGreaterThanOrEqualTo(2);
    try (JdbcStore store = Stores.open(location, Contention.DEFAULT)) {
      assertThat(store.stories(new StoryQuery(null, null, 1_000))).hasSameSizeAs(briefs);
      for (String line : briefs) {
        String id = json.readTree(line).get("story_id").asText();
        assertThat(json.readTree(store.brief(id).orElseThrow().json())).as(id).isEqualTo(json.readTree(line));
      }
      long[] stored = {0};
      store.forEachArticle(row -> stored[0]++);
      assertThat(stored[0]).isEqualTo(summary.counts().get("articles"));
    }
  }
}
