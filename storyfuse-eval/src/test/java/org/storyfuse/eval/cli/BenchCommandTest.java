package org.storyfuse.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
