package org.storyfuse.eval.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.storyfuse.cli.StoryfuseCli;

/**
 * Runs the CLI in-process with stdout and stderr captured: a copy of storyfuse-cli's test helper
 * of the same name (test classes do not cross modules), run with this module's commands loaded.
 */
record CliRun(int status, String out, String err) {

  /** The bundled sample corpus (surefire sets {@code storyfuse.root} to the checkout). */
  static final Path SAMPLES = Path.of(System.getProperty("storyfuse.root", "..")).resolve("samples/corpus");


  static synchronized CliRun of(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = StoryfuseCli.run(args);
      return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
