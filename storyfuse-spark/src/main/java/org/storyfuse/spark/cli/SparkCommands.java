package org.storyfuse.spark.cli;

import java.util.List;
import org.storyfuse.cli.CommandExtension;
import picocli.CommandLine.Command;

/**
 * Adds {@code storyfuse spark brief} and {@code storyfuse bench spark}; registered in
 * {@code META-INF/services/org.storyfuse.cli.CommandExtension}. {@code bench} joins storyfuse-eval's
 * {@code bench} when that is installed too.
 */
public final class SparkCommands implements CommandExtension {

  @Override
  public List<Object> commands() {
    return List.of(new SparkCommand(), new BenchWithSpark());
  }

  /** {@code storyfuse spark ...}. */
  @Command(name = "spark", mixinStandardHelpOptions = true,
      description = "Runs the pipeline as an Apache Spark job (docs/SCALE.md).",
      subcommands = SparkBriefCommand.class)
  static final class SparkCommand {}

  /** {@code storyfuse bench spark}: merged into storyfuse-eval's {@code bench} when present. */
  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = "Measures speed and memory of a pipeline stage and prints a table (see docs/BENCHMARKS.md).",
      subcommands = BenchSparkCommand.class)
  static final class BenchWithSpark {}
}
