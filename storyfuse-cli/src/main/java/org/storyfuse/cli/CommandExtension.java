package org.storyfuse.cli;

import java.util.List;

/**
 * Subcommands of {@code storyfuse} that live outside this module. Implementations are found with
 * {@link java.util.ServiceLoader}: a jar on the classpath lists its implementation in
 * {@code META-INF/services/org.storyfuse.cli.CommandExtension}. The storyfuse-eval module adds
 * {@code eval} and {@code bench} this way, so the production jars carry no evaluation or
 * benchmark code and the command line still offers them when that module is installed.
 */
public interface CommandExtension {

  /**
   * The subcommands to add to {@code storyfuse}: instances of {@code @Command}-annotated classes
   * (or {@link picocli.CommandLine} objects), in the order {@code storyfuse help} lists them.
   */
  List<Object> commands();
}
