package org.storyfuse.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Stands in for {@code eval} and {@code bench} when no {@link CommandExtension} provides them (the
 * storyfuse-eval jar is not on the classpath): one clear line instead of "unknown command".
 */
@Command(hidden = true, description = "Not installed: needs the storyfuse-eval module.")
final class NotInstalledCommand implements Callable<Integer> {

  /** The commands the storyfuse-eval module provides. */
  static final List<String> EVAL_COMMANDS = List.of("eval", "bench");

  @Spec CommandSpec spec;

  /** Whatever followed the command name, --help included: none of it can run here. */
  @Unmatched List<String> ignored;

  @Override
  public Integer call() {
    throw new IllegalStateException(spec.name() + ": the evaluation module (storyfuse-eval) is not installed; "
        + "build it with `mvn -B -DskipTests package` and run with storyfuse-eval/target/storyfuse-eval.jar "
        + "on the classpath, as ./storyfuse does");
  }
}
