package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** This module's tests run without storyfuse-eval on the classpath: eval and bench must say so. */
class NotInstalledCommandTest {

  @Test
  void evalAndBenchSayTheEvaluationModuleIsNotInstalled() {
    for (String command : NotInstalledCommand.EVAL_COMMANDS) {
      for (String[] args : new String[][] {{command}, {command, "--help"}, {command, "seeds", "--threshold", "1"}}) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(String.join(" ", args)).isEqualTo(1);
        assertThat(run.err()).startsWith("storyfuse: " + command + ": the evaluation module (storyfuse-eval) is not installed")
            .hasLineCount(1);
        assertThat(run.out()).isEmpty();
      }
    }
  }

  @Test
  void helpDoesNotListWhatIsNotInstalled() {
    CliRun run = CliRun.of("help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("  brief ", "  help ").doesNotContain("  eval ", "  bench ");
  }
}
