package org.storyfuse.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.store.SqliteStore;
import org.storyfuse.store.Store;

/**
 * Where the web tests get their {@link Store}: the product's SQLite store, each in a fresh file
 * that is removed when the test JVM exits. The server depends on the interface only.
 */
public final class TestStores {

  private TestStores() {}

  /** The store the browser end-to-end test ingests the seeds into: briefs with quotes need analysis. */
  public static Store endToEnd() {
    return SqliteStore.open(freshFile(), SqliteStore.Options.analysisOff().withAnalyzer(new Analyzer(Profile.FAST), 2));
  }

  /** A fast store for API tests: briefs without the analysis stage. */
  public static Store withoutAnalysis() {
    return SqliteStore.open(freshFile(), SqliteStore.Options.analysisOff());
  }

  private static Path freshFile() {
    try {
      Path dir = Files.createTempDirectory("storyfuse-web-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      return dir.resolve("storyfuse.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort at exit: a temp folder left behind is harmless
    }
  }
}
