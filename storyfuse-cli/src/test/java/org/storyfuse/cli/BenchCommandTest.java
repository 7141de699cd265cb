package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench commands run and print their tables (tiny sizes: numbers are not asserted here). */
class BenchCommandTest {

  @Test
  void benchBriefPrintsOneRowPerSize() {
    CliRun run = CliRun.of("bench", "brief", BriefCommandTest.SAMPLES.toString(), "--articles", "3,5",
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
}
