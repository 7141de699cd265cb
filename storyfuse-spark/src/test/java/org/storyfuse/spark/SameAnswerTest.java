package org.storyfuse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.eval.ClusteringScores;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.story.Story;
import org.storyfuse.story.StoryMember;

/**
 * The Spark job (local[2]) against the single-machine pipeline on the same files: the same
 * articles, the same stories (B-cubed F1 between the two groupings, the single-machine one as
 * reference), identical on the sample corpus and the seeds. Analysis is off and the job only groups
 * ({@code storiesOnly}): neither changes which story an article joins, and fusing ECB+'s 74 stories
 * would double the test's time (the briefs are compared in {@link SameBriefsTest}).
 */
class SameAnswerTest {

  @TempDir Path dir;

  @Test
  void sampleCorpusGivesIdenticalStories() throws IOException {
    ClusteringScores s = compare("samples", List.of(LocalSpark.root().resolve("samples/corpus").toString()));
    assertThat(s.bcubedF1()).isEqualTo(1.0);
  }

  @Test
  void seedsGiveIdenticalStories() throws IOException {
    ClusteringScores s = compare("seeds", List.of(LocalSpark.shared().resolve("seeds").toString()));
    assertThat(s.bcubedF1()).isEqualTo(1.0);
  }

  @Test
  void multiLingArticlesGiveTheSameStories() throws IOException {
    ClusteringScores s = compare("multiling",
        List.of(LocalSpark.shared().resolve("data/multiling2011-articles.jsonl").toString()));
    assertThat(s.bcubedF1()).isGreaterThanOrEqualTo(0.99);
    assertSplit();
  }

  @Test
  void ecbPlusGivesTheSameStories() throws IOException {
    ClusteringScores s = compare("ecb+", List.of(LocalSpark.shared().resolve("data/ecbplus/ecbplus.jsonl").toString()));
    assertThat(s.bcubedF1()).isGreaterThanOrEqualTo(0.99);
    assertSplit();
  }

  /** The last run was grouped in several parts: agreement is not that of one part holding everything. */
  private void assertSplit() {
    assertThat(last.get("parts")).isGreaterThan(1);
    assertThat(last.get("largest part")).isLessThan(last.get("articles"));
  }

  private Map<String, Long> last;

  /** Runs both, checks they read the same articles, and scores the Spark grouping against the other. */
  private ClusteringScores compare(String name, List<String> inputs) throws IOException {
    Path out = dir.resolve("out");
    SparkBriefJob.Summary summary = SparkBriefJob.run(LocalSpark.context(),
        SparkBriefJob.Options.defaults(inputs, out.toString()).withAnalysis(null).storiesOnly());
    assertThat(out.resolve("briefs")).doesNotExist();
    Map<String, String> spark = LocalSpark.storyOf(out);
    last = summary.counts();

    IngestResult read = new Ingestor().ingest(inputs);
    StoryPipeline pipeline = StoryPipeline.standard(null, Engines.embedder(),
        org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS, 2);
    Map<String, String> single = new HashMap<>();
    for (Story story : pipeline.stories(read.articles(), new PipelineListener() {})) {
      for (StoryMember m : story.members()) {
        single.put(m.id(), story.id());
      }
    }
    assertThat(spark.keySet()).as(name + ": the same articles").isEqualTo(single.keySet());
    assertThat(summary.counts().get("errors")).as(name + ": the same problems").isEqualTo(read.problems().size());

    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    single.forEach((id, story) -> {
      gold.add(story);
      predicted.add(spark.get(id));
    });
    ClusteringScores scores = ClusteringScores.of(gold, predicted);
    System.out.printf("same-answer %s: %d articles, %d single-machine stories, %d Spark stories, B3 P %.4f R %.4f "
            + "F1 %.4f; parts %d, largest %d, story edges %d%n", name, scores.items(), scores.goldClusters(),
        scores.predictedClusters(), scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1(),
        summary.counts().get("parts"), summary.counts().get("largest part"), summary.counts().get("story edges"));
    if (scores.bcubedF1() == 1.0) {
      // identical groupings also name their stories alike (after the same founding article)
      assertThat(new java.util.TreeSet<>(spark.values())).isEqualTo(new java.util.TreeSet<>(single.values()));
    }
    Files.walk(out).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    return scores;
  }
}
