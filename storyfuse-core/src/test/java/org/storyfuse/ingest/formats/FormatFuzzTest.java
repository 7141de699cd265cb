package org.storyfuse.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.storyfuse.fuzz.Bounded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.SourceDocument;

/**
 * Fuzzes the file readers through {@link InputFileReader}, the way a run reads a file: JSON, JSON
 * lines, WARC and RSS/Atom (each also gzipped when the input is). Whatever the bytes, reading must
 * not throw, and every problem must be a clear one-line reason — not the safety net's
 * "unreadable: SomeException", which means a reader failed in a way nobody wrote a message for.
 * Regression inputs in {@code FormatFuzzTestInputs/<method>/}; fuzzing with {@code JAZZER_FUZZ=1},
 * one method per run.
 */
class FormatFuzzTest {

  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("storyfuse-format-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Small limits, so a fuzzer's input exercises them too. */
  private static final ReadLimits LIMITS =
      new ReadLimits(1 << 20, 4 << 20, 200);
  /** A file limit so small that almost every JSON-lines input is over it and read record by record. */
  private static final ReadLimits STREAMING = new ReadLimits(64, 4 << 20, 200);

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void json(byte[] data) throws Exception {
    Bounded.run(() -> {
      read("article.json", data);
    });
  }

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void jsonLines(byte[] data) throws Exception {
    Bounded.run(() -> {
      read("articles.jsonl", data);
      read("articles.jsonl", data, STREAMING);
    });
  }

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void warc(byte[] data) throws Exception {
    Bounded.run(() -> {
      read("crawl.warc", data);
    });
  }

  @FuzzTest(maxDuration = Bounded.FUZZ_DURATION)
  void feed(byte[] data) throws Exception {
    Bounded.run(() -> {
      read("feed.rss", data);
    });
  }

  private static void read(String name, byte[] data) throws IOException {
    read(name, data, LIMITS);
  }

  private static void read(String name, byte[] data, ReadLimits limits) throws IOException {
    Path file = DIR.resolve(Thread.currentThread().getId() + "-" + name);
    Files.write(file, data);
    DocumentCollector sink = new DocumentCollector();
    new InputFileReader(limits).read(file, name, sink);
    for (IngestProblem p : sink.problems) {
      assertThat(p.reason()).isNotBlank().doesNotContain("\n").doesNotStartWith("unreadable:");
    }
    for (SourceDocument d : sink.documents) {
      assertThat(d.content()).isNotNull();
      assertThat(d.origin()).startsWith(name);
    }
  }
}
