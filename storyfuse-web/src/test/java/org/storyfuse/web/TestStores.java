package org.storyfuse.web;

import org.storyfuse.render.BriefJson;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.model.Brief;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.embed.LazyEmbedder;
import org.storyfuse.embed.Embedder;
import java.util.Optional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.store.SqliteStore;

/**
 * Where the web tests get their store: the product's SQLite store, each in a fresh file that is
 * removed when the test JVM exits, with the pipeline that writes it.
 */
public final class TestStores {

  private static final Embedder EMBEDDER = LazyEmbedder.miniLm();

  private TestStores() {}

  /** The store the browser end-to-end test ingests the seeds into: briefs with quotes need analysis. */
  public static IncrementalPipeline endToEnd() {
    return pipeline(new Analyzer(Profile.FAST)).attach(SqliteStore.open(freshFile()));
  }

  /** The pipeline the tests' stores are written by (analysis as given, or none). */
  public static StoryPipeline pipeline(Analyzer analyzer) {
    return StoryPipeline.standard(analyzer, EMBEDDER, BriefBuilder.DEFAULT_WORDS, 2);
  }

  /** A story's brief as the server would serve it, parsed. */
  public static Optional<Brief> brief(IncrementalPipeline p, String storyId) {
    return p.store().brief(storyId).map(b -> {
      try {
        return BriefJson.read(b.json());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A fast store for API tests: briefs without the analysis stage. */
  public static IncrementalPipeline withoutAnalysis() {
    return pipeline(null).attach(SqliteStore.open(freshFile()));
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
