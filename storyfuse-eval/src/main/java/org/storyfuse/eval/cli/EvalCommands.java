package org.storyfuse.eval.cli;

import java.util.List;
import org.storyfuse.cli.CommandExtension;

/**
 * Adds {@code storyfuse eval} and {@code storyfuse bench} to the command line; registered in
 * {@code META-INF/services/org.storyfuse.cli.CommandExtension}, so they appear whenever this jar is
 * on the classpath.
 */
public final class EvalCommands implements CommandExtension {

  @Override
  public List<Object> commands() {
    return List.of(new EvalCommand(), new BenchCommand());
  }
}
