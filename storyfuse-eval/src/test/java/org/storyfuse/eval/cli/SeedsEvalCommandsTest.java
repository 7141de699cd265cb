package org.storyfuse.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The eval commands on the five real seed reports in ../shared/seeds against their gold.json: moved
 * here from storyfuse-cli's {@code SeedsEndToEndTest}, which keeps the brief and analyze cases.
 */
class SeedsEvalCommandsTest {

  static final Path SEEDS = Path.of(System.getProperty("storyfuse.shared", "../../shared"), "seeds");

  @BeforeAll
  static void seedsPresent() {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the checkout");
  }

  /** Every item of gold.json's timeline, quotes, corroboration and discrepancies through `eval brief`. */
  @Test
  void evalBriefFindsEveryGoldItem() {
    CliRun run = CliRun.of("eval", "brief", SEEDS.toString());
    String out = run.out();
    assertThat(out).as(run.err()).contains("| timeline      | 4     | 4  |", "| quotes        | 10    | 10 |",
        "| corroboration | 3     | 3  |", "| discrepancies | 3     | 3  |");
    assertThat(out.lines().filter(l -> l.contains("| wrong ") || l.contains("| missing "))).isEmpty();
    // every direct quote of the seeds' brief appears verbatim in each source it cites
    assertThat(out).containsPattern("\\| quotes verbatim +\\| (\\d+) +\\| \\1 +\\| 100\\.0% \\|");
    assertThat(out).containsPattern("\\| citation precision +\\| \\d+ +\\| \\d+ +\\|");
    assertThat(run.status()).isZero();
  }

  @Test
  void evalAnalysisMeetsTheIssueTargets() {
    CliRun run = CliRun.of("eval", "analysis", "--analysis", "rapid", SEEDS.toString());
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("gold quotes with the right speaker | 13/13");
  }

  @Test
  void evalSeedsPassesEveryCheck() {
    CliRun run = CliRun.of("eval", "seeds", SEEDS.toString());
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("gold clusters kept whole: 1 of 1").doesNotContain("WRONG");
  }
}
