package org.storyfuse.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line in a process of its own (another writer of the same store, as a user would run it). */
final class ChildCli {

  private static final Pattern SERVING = Pattern.compile("serving .* at http://127\\.0\\.0\\.1:(\\d+)/");

  private ChildCli() {}

  static ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-cp", System.getProperty("java.class.path"), StoryfuseCli.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Runs to the end; stdout and stderr captured. */
  static CliRun run(String... args) throws IOException, InterruptedException {
    Process p = builder(args).start();
    var err = new java.util.concurrent.CompletableFuture<String>();
    Thread errReader = new Thread(() -> {
      try {
        err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        err.completeExceptionally(e);
      }
    });
    errReader.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("storyfuse " + String.join(" ", args) + " did not finish in 10 minutes");
    }
    errReader.join();
    return new CliRun(p.exitValue(), out, err.join());
  }

  /** A running {@code storyfuse serve}: its port once it says it is serving. */
  record Server(Process process, int port, StringBuilder err) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      process.destroy(); // SIGTERM: the shutdown hook stops the server and closes the store
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Starts {@code storyfuse ARGS} (a serve command) without waiting for it; see {@link #serving}. */
  static Process start(String... args) throws IOException {
    return builder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  static Server serve(String... args) throws IOException {
    return serving(start(args));
  }

  /** Waits until a started serve process says where it listens. */
  static Server serving(Process p) throws IOException {
    StringBuilder err = new StringBuilder();
    BufferedReader lines = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      err.append(line).append('\n');
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            String more;
            while ((more = lines.readLine()) != null) {
              synchronized (err) {
                err.append(more).append('\n');
              }
            }
          } catch (IOException ignored) {
            // the process ended
          }
        });
        drain.setDaemon(true);
        drain.start();
        return new Server(p, Integer.parseInt(m.group(1)), err);
      }
    }
    p.destroyForcibly();
    throw new AssertionError("storyfuse serve did not start:\n" + err);
  }
}
