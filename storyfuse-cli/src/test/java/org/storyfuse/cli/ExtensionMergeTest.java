package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Two extensions may each bring a command of one name (bench): their subcommands end up under one. */
class ExtensionMergeTest {

  @Command(name = "root")
  static final class Root {}

  @Command(name = "bench", subcommands = First.class)
  static final class BenchA {}

  @Command(name = "bench", subcommands = Second.class)
  static final class BenchB {}

  @Command(name = "spark", subcommands = Second.class)
  static final class Spark {}

  @Command(name = "first")
  static final class First implements Runnable {
    public void run() {}
  }

  @Command(name = "second")
  static final class Second implements Runnable {
    public void run() {}
  }

  @Test
  void aSecondCommandOfTheSameNameAddsItsSubcommandsToTheFirst() {
    CommandLine cli = new CommandLine(new Root());
    StoryfuseCli.addOrMerge(cli, new BenchA());
    StoryfuseCli.addOrMerge(cli, new BenchB());
    StoryfuseCli.addOrMerge(cli, new Spark());
    assertThat(cli.getSubcommands()).containsOnlyKeys("bench", "spark");
    assertThat(cli.getSubcommands().get("bench").getSubcommands()).containsOnlyKeys("first", "second");
    assertThat(cli.getSubcommands().get("spark").getSubcommands()).containsOnlyKeys("second");
    assertThat(cli.execute("bench", "second")).isZero();
  }
}
