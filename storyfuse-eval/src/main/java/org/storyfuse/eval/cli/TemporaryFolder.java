package org.storyfuse.eval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder for a benchmark's scratch store, removed with everything in it when closed. */
final class TemporaryFolder implements AutoCloseable {

  final Path path;

  TemporaryFolder(String prefix) throws IOException {
    this.path = Files.createTempDirectory(prefix);
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
