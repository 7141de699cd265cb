package org.storyfuse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.analyze.Profile;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.render.BriefJson;

/**
 * With analysis on (rapid, as {@code brief} runs by default), the job's briefs are those of
 * {@code brief --json}, line for line, largest story first; the Parquet tables hold the same stories.
 */
class SameBriefsTest {

  @TempDir Path dir;

  @Test
  void sampleCorpusBriefsAreThoseOfBriefJson() throws IOException {
    List<String> inputs = List.of(LocalSpark.root().resolve("samples/corpus").toString());
    Path out = dir.resolve("out");
    SparkBriefJob.run(LocalSpark.context(),
        SparkBriefJob.Options.defaults(inputs, out.toString()).withAnalysis(Profile.RAPID).withParquet(true));

    BatchResult single = Engines.pipeline(Profile.RAPID, org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS)
        .run(new Ingestor().ingest(inputs).articles(), new PipelineListener() {});
    ObjectMapper json = new ObjectMapper();
    List<String> lines = LocalSpark.lines(out.resolve("briefs"));
    assertThat(lines).hasSameSizeAs(single.briefs()).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < lines.size(); i++) {
      Brief expected = single.briefs().get(i);
      assertThat(lines.get(i)).doesNotContain("\n");
      assertThat(json.readTree(lines.get(i))).isEqualTo(json.readTree(BriefJson.write(expected)));
    }
    // the analysis made it into the briefs: quotes and a timeline
    assertThat(single.briefs().get(0).quotes()).isNotEmpty();
    assertThat(single.briefs().get(0).timeline()).isNotEmpty();

    SparkSession spark = SparkSession.builder().sparkContext(LocalSpark.context().sc()).getOrCreate();
    Dataset<Row> stories = spark.read().parquet(out.resolve("parquet/stories").toString());
    Dataset<Row> articles = spark.read().parquet(out.resolve("parquet/articles").toString());
    Dataset<Row> claims = spark.read().parquet(out.resolve("parquet/claims").toString());
    assertThat(stories.count()).isEqualTo(single.stories().size());
    assertThat(articles.count()).isEqualTo(single.stories().stream().mapToLong(s -> s.size()).sum());
    long summaryItems = single.briefs().stream().mapToLong(b -> b.summary().size() + b.claims().size()).sum();
    assertThat(claims.count()).isEqualTo(summaryItems);
    Row largest = stories.orderBy(stories.col("size").desc()).first();
    assertThat(largest.<String>getAs("story_id")).isEqualTo(single.briefs().get(0).storyId());
    assertThat(largest.<String>getAs("headline")).isEqualTo(single.briefs().get(0).headline());
  }
}
