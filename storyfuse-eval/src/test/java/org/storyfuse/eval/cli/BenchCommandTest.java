package org.storyfuse.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.cli.InputOptions;
import org.storyfuse.model.Article;

/** The bench commands run and print their tables (tiny sizes: numbers are not asserted here). */
class BenchCommandTest {

  @Test
  void benchBriefPrintsOneRowPerSize() {
    CliRun run = CliRun.of("bench", "brief", CliRun.SAMPLES.toString(), "--articles", "3,5",
        "--iterations", "2");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("| articles |", "p50 ms").containsPattern("\\| 3 +\\|").containsPattern("\\| 5 +\\|");
  }

  @Test
  void benchClusterPrintsARow() {
    CliRun run = CliRun.of("bench", "cluster", "--articles", "300");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("µs/article p50", "| 300 |");
  }

  @Test
  void benchStorePrintsARowPerSizeWithTheStoriesItMade() {
    CliRun run = CliRun.of("bench", "store", "--articles", "20", "--per-story", "5", "--batch", "10");
    assertThat(run.status()).as(run.err()).isZero();
    // 20 generated articles of 4 stories: the store must tell the stories apart
    assertThat(run.out()).contains("articles/s", "reopen + 1 article ms").containsPattern("\\| 20 +\\| 4 +\\| 10 +\\|");
  }

  @Test
  void benchServeMeasuresBothEndpointsWithoutErrors() {
    CliRun run = CliRun.of("bench", "serve", CliRun.SAMPLES.toString(), "--clients", "2", "--requests", "20",
        "--posts", "3", "--warmup", "2", "--preload", "12");
    assertThat(run.status()).as(run.err()).isZero();
    // endpoint, clients, requests, errors: every request must have got its expected status
    assertThat(run.out()).containsPattern("GET /api/stories/\\{id\\} +2 +20 +0 ")
        .containsPattern("POST /api/articles +2 +3 +0 ");
  }

  @Test
  void benchCorpusWritesFilesTheProductReadsBackWithEveryArticle(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("corpus");
    CliRun run = CliRun.of("bench", "corpus", CliRun.SAMPLES.toString(), "--articles", "25", "--per-file", "10",
        "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("corpus-00001.jsonl", "corpus-00002.jsonl", "corpus-00003.jsonl");
    }
    InputOptions read = new InputOptions();
    read.inputs = List.of(out.toString());
    read.quiet = true;
    List<Article> back = read.ingest().articles();
    assertThat(back).hasSize(25);
    // the sample corpus's 7 articles, then variants from outlets of their own
    assertThat(back.stream().filter(a -> a.outlet() != null && a.outlet().matches("v\\d+\\..*")).count()).isEqualTo(18);
  }
}
