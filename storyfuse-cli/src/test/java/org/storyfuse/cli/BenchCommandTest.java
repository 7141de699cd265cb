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
}
