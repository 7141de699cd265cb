package org.storyfuse.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** With this module on the classpath, {@code storyfuse} offers eval and bench through {@link EvalCommands}. */
class EvalCommandsTest {

  @Test
  void helpListsEvalAndBenchAfterTheBuiltInCommandsAndBeforeHelp() {
    CliRun run = CliRun.of("help");
    assertThat(run.status()).as(run.err()).isZero();
    List<String> commands = run.out().lines().filter(l -> l.matches("  [a-z]+ .*")).map(l -> l.strip().split(" ")[0]).toList();
    assertThat(commands).containsSubsequence("brief", "extract", "eval", "bench", "help").endsWith("help");
  }

  @Test
  void evalHelpListsEveryEvaluation() {
    CliRun run = CliRun.of("eval", "--help");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Usage: storyfuse eval")
        .contains("  seeds ", "  analysis ", "  extraction ", "  clustering ", "  rouge ", "  brief ", "  profiles ");
  }

  @Test
  void benchHelpListsEveryBenchmark() {
    CliRun run = CliRun.of("bench", "--help");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Usage: storyfuse bench")
        .contains("  brief ", "  analyze ", "  cluster ", "  store ", "  serve ");
  }

  /** A bare "%" in a description is a format error picocli prints as a warning above the help. */
  @Test
  void everyEvalAndBenchHelpPrintsWithoutWarnings() {
    for (String group : List.of("eval", "bench")) {
      CliRun list = CliRun.of(group, "--help");
      assertThat(list.err()).as(group).isEmpty();
      List<String> commands = list.out().lines().filter(l -> l.matches("  [a-z][a-z-]+ .*"))
          .map(l -> l.strip().split(" ")[0]).toList();
      assertThat(commands).hasSizeGreaterThan(3);
      for (String command : commands) {
        CliRun run = CliRun.of(group, command, "--help");
        assertThat(run.status()).as(group + " " + command).isZero();
        assertThat(run.err()).as(group + " " + command).isEmpty();
      }
    }
  }

  @Test
  void evalWordingsWithoutItsLabelsSaysWhereItLookedInOneLine() {
    CliRun run = CliRun.of("eval", "wordings", "--labels", "no/such/labels.tsv", "samples/corpus");
    assertThat(run.status()).isNotZero();
    assertThat(run.err().strip()).startsWith("storyfuse: no labels at no/such/labels.tsv").doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void evalAlignmentComparesTheProductsBoundsWithEverySentenceEmbeddedAndTimesBoth() {
    CliRun run = CliRun.of("eval", "alignment", "--analysis", "off", CliRun.SAMPLES.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String row = run.out().lines().filter(l -> l.contains("corpus")).findFirst().orElseThrow();
    String[] cells = java.util.Arrays.stream(row.split("\\|")).map(String::strip).filter(c -> !c.isEmpty())
        .toArray(String[]::new);
    assertThat(run.out()).contains("embedded bounded", "CPU s bounded", "CPU s all");
    // the product's bounds (40 a source, the meaning floor) embed no more than every sentence would
    assertThat(Integer.parseInt(cells[2])).isPositive().isLessThanOrEqualTo(Integer.parseInt(cells[3]));
    assertThat(Double.parseDouble(cells[10])).isPositive();
  }

  @Test
  void evalAlignmentRefusesAFloorThatIsNoCosineInOneLine() {
    CliRun run = CliRun.of("eval", "alignment", "--floor", "2", CliRun.SAMPLES.toString());
    assertThat(run.status()).isNotZero();
    assertThat(run.err().strip()).isEqualTo("storyfuse: --floor must be a cosine between 0 and 1, was 2.0");
  }
}
