package org.storyfuse.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Article;

class IngestorTest {

  /** Stands in for the real extractor: one paragraph per document, with failures on request. */
  static final DocumentExtractor FAKE =
      doc -> {
        if (doc.content().contains("NO-ARTICLE")) {
          throw new ExtractionException("no article text found");
        }
        if (doc.content().contains("BOOM")) {
          throw new IllegalStateException("parser exploded\n\tat some.Frame(Frame.java:1)\n\tat other.Frame");
        }
        return new Article(doc.origin(), doc.origin(), doc.hints().url(), doc.hints().outlet(), doc.hints().title(),
            doc.hints().byline(), null, "en", List.of(doc.content().strip()));
      };

  @TempDir Path dir;

  @Test
  void directoriesAreReadRecursivelySkippingHiddenAndNonArticleFiles() throws IOException {
    write("a.txt", "Alpha story.");
    write("sub/b.html", "<p>Beta story.</p>");
    write("sub/deeper/c.json", "{\"title\": \"Gamma\", \"text\": \"Gamma story.\"}");
    write(".hidden/d.txt", "hidden");
    write(".e.txt", "hidden");
    write("sub/logo.png", "not really a png");
    write("sub/style.css", "p { color: red }");
    write("pic.jpg.gz", "x");

    IngestResult result = ingest(dir.toString());

    assertThat(result.problems()).isEmpty();
    assertThat(origins(result)).containsExactly(
        path("a.txt"), path("sub/b.html"), path("sub/deeper/c.json"));
    assertThat(result.articles().get(2).title()).isEqualTo("Gamma");
  }

  @Test
  void readmesLicencesAndDataFilesInAFolderAreSkippedAndNamed() throws IOException {
    write("a.txt", "Alpha story.");
    write("README.md", "# Corpus\n\nArticles from the harbour strike.");
    write("LICENSE", "Creative Commons Attribution 4.0");
    write("sub/scores.csv", "a,b\n1,2");
    write("sub/notes.txt", "| a | b |\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |");
    write("sub/b.md", "Beta story told in Markdown.");

    IngestResult result = ingest(dir.toString());

    assertThat(result.problems()).isEmpty();
    assertThat(origins(result)).containsExactly(path("a.txt"), path("sub/b.md"));
    assertThat(result.notices()).extracting(IngestProblem::toString).containsExactly(
        path("LICENSE") + ": skipped: not an article (a LICENSE file)",
        path("README.md") + ": skipped: not an article (a README file)",
        path("sub/scores.csv") + ": skipped: not an article (a .csv file: data, code or configuration)",
        path("sub/notes.txt") + ": skipped: not an article (a table of data)");
  }

  @Test
  void idsDoNotDependOnWhereTheFilesLive() throws IOException {
    write("one/report.txt", "Harbour reopens\n\nThe harbour reopened on Tuesday after the storm.");
    write("two/report.txt", "Harbour reopens\n\nThe harbour reopened on Tuesday after the storm.");
    write("two/other.txt", "Harbour reopens\n\nThe harbour reopened on Tuesday after the storm.");

    Ingestor real = new Ingestor(new Extractor(), IngestOptions.defaults());
    String fromOne = real.ingest(List.of(dir.resolve("one").toString())).articles().get(0).id();
    String fromTwo = real.ingest(List.of(dir.resolve("two/report.txt").toString())).articles().get(0).id();
    String fromOneSpeltOtherwise =
        real.ingest(List.of(dir.resolve("two/../one/./report.txt").toString())).articles().get(0).id();
    assertThat(fromTwo).isEqualTo(fromOne);
    assertThat(fromOneSpeltOtherwise).isEqualTo(fromOne);

    // in one run, an identical file elsewhere still gets an id of its own, and so does another name
    List<String> ids = real.ingest(List.of(dir.toString())).articles().stream().map(a -> a.id()).toList();
    assertThat(ids).hasSize(3).doesNotHaveDuplicates().contains(fromOne);
  }

  @Test
  void globsExpandRecursivelyAndAtTheTopLevel() throws IOException {
    write("a.txt", "A.");
    write("b.txt", "B.");
    write("x.html", "<p>X</p>");
    write("deep/y.html", "<p>Y</p>");
    write("deep/z.txt", "Z.");

    assertThat(origins(ingest(dir + "/*.txt"))).containsExactly(path("a.txt"), path("b.txt"));
    assertThat(origins(ingest(dir + "/**/*.html"))).containsExactly(path("deep/y.html"), path("x.html"));
    assertThat(origins(ingest(dir + "/**/*.{txt,html}"))).hasSize(5);
    assertThat(origins(ingest(dir + "/*/*.txt"))).containsExactly(path("deep/z.txt"));
  }

  @Test
  void relativeGlobsGiveRelativeOrigins() throws IOException {
    Path base = Files.createTempDirectory(Path.of("target"), "globs");
    try {
      Files.writeString(Files.createDirectories(base.resolve("seeds")).resolve("one.txt"), "One.");
      Files.writeString(base.resolve("seeds/two.txt"), "Two.");
      IngestResult result = ingest(base + "/seeds/*.txt");
      assertThat(origins(result)).containsExactly(base + "/seeds/one.txt", base + "/seeds/two.txt");
      assertThat(base.isAbsolute()).isFalse();
    } finally {
      try (var files = Files.walk(base)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void inputsThatNameNoArticlesAreProblems() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    write("images/a.png", "x");

    IngestResult result = ingest(path("missing.txt"), dir + "/*.nothing", path("empty"), path("images"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems()).containsExactly(
        new IngestProblem(path("missing.txt"), "no such file or directory"),
        new IngestProblem(dir + "/*.nothing", "no article files found"),
        new IngestProblem(path("empty"), "no article files found"),
        new IngestProblem(path("images"), "no article files found"));
  }

  @Test
  void badInputNeverStopsTheRun() throws IOException {
    write("good.txt", "A good story.");
    write("empty.txt", "");
    Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
    byte[] gz = gzip("A story that will be cut short. ".repeat(200));
    Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.write(dir.resolve("latin1.txt"), "Zürich café façade reopens.".getBytes(ISO_8859_1));
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(50L * 1024 * 1024);
    }
    write("broken.html", "<html><body><p>Unclosed <div><b>bold <i>crossed</b></i>");
    write("bad.json", "{\"title\": \"x\", \"text\": ");
    write("bad.rss", "<rss version=\"2.0\"><channel><item><title>x</channel>");
    write("bad.jsonl", "{\"text\": \"Line one.\"}\nnot json\n{\"text\": \"Line three.\"}\n");
    write("noarticle.txt", "NO-ARTICLE here");
    write("boom.html", "<p>BOOM</p>");

    IngestResult result = ingest(dir.toString());

    assertThat(origins(result)).containsExactly(
        path("bad.jsonl") + "#1", path("bad.jsonl") + "#3", path("broken.html"), path("good.txt"), path("latin1.txt"));
    assertThat(result.articles().get(4).paragraphs()).containsExactly("Zürich café façade reopens.");
    assertThat(result.problems()).containsExactly(
        new IngestProblem(path("bad.json"), "malformed JSON: Unexpected end-of-input within/between Object entries (line 1, column 24)"),
        new IngestProblem(path("bad.jsonl") + "#2", result.problems().get(1).reason()),
        new IngestProblem(path("bad.rss"), result.problems().get(2).reason()),
        new IngestProblem(path("boom.html"), "extraction failed: IllegalStateException: parser exploded"),
        new IngestProblem(path("cut.txt.gz"), "truncated gzip file: the compressed data ends early"),
        new IngestProblem(path("empty.txt"), "empty file"),
        new IngestProblem(path("huge.txt"), "file is 50.0 MB, over the 16 MB limit (--max-file-size)"),
        new IngestProblem(path("noarticle.txt"), "no article text found"),
        new IngestProblem(path("photo.txt"), "binary file, not text (PNG image)"));
    assertThat(result.problems().get(1).reason()).startsWith("malformed JSON: ");
    assertThat(result.problems().get(2).reason()).startsWith("malformed XML: ");
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).doesNotContain("\n").isNotBlank());
  }

  @Test
  void outputOrderDoesNotDependOnThreads() throws IOException {
    for (int i = 0; i < 30; i++) {
      write("f" + i + ".txt", "Story " + i + ".");
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      lines.append(i % 7 == 3 ? "broken\n" : "{\"text\": \"Record " + i + ".\"}\n");
    }
    write("m.jsonl", lines.toString());
    DocumentExtractor jittery = doc -> {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(3)); // finish in a random order
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return FAKE.extract(doc);
    };

    IngestResult one = new Ingestor(jittery, IngestOptions.defaults().withThreads(1)).ingest(List.of(dir.toString()));
    IngestResult four = new Ingestor(jittery, IngestOptions.defaults().withThreads(4)).ingest(List.of(dir.toString()));

    assertThat(one.articles()).hasSize(30 + 51);
    assertThat(one.problems()).hasSize(9);
    assertThat(four).isEqualTo(one);
    assertThat(one.articles().get(0).origin()).isEqualTo(path("f0.txt"));
    assertThat(one.articles().get(1).origin()).isEqualTo(path("f1.txt"));
    assertThat(one.articles().get(2).origin()).isEqualTo(path("f10.txt"));
    List<String> jsonl = origins(one).stream().filter(o -> o.contains("m.jsonl")).toList();
    assertThat(jsonl.get(0)).endsWith("#1");
    assertThat(jsonl.get(1)).endsWith("#2");
    assertThat(jsonl.get(2)).endsWith("#3"); // line 4 is broken: lines stay in file order, not string order
  }

  @Test
  void progressCountsFilesDone() throws IOException {
    for (int i = 0; i < 5; i++) {
      write("p" + i + ".txt", "Story " + i + ".");
    }
    List<int[]> updates = new ArrayList<>();
    new Ingestor(FAKE, IngestOptions.defaults().withThreads(3))
        .ingest(List.of(dir.toString()), (done, total) -> updates.add(new int[] {done, total}));
    assertThat(updates).extracting(u -> u[0]).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(5));
  }

  @Test
  void aFileNamedTwiceIsReadOnce() throws IOException {
    write("a.txt", "A.");
    IngestResult result = ingest(path("a.txt"), dir.toString(), dir + "/*.txt");
    assertThat(origins(result)).containsExactly(path("a.txt"));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void optionsAreValidated() {
    assertThat(IngestOptions.defaults().maxFileBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(IngestOptions.defaults().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngestOptions.defaults().withThreads(0))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngestOptions.defaults().withMaxFileBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneFileIsReadAsIngestReadsItUnderTheNameItIsGiven() throws IOException {
    write("feed.jsonl", "{\"title\": \"One\", \"text\": \"One story.\"}\n{not json\n"
        + "{\"title\": \"Two\", \"text\": \"NO-ARTICLE\"}\n{\"title\": \"Three\", \"text\": \"Three story.\"}\n");
    Ingestor ingestor = new Ingestor(FAKE, IngestOptions.defaults().withThreads(1));
    IngestResult whole = ingestor.ingest(List.of(path("feed.jsonl")));
    IngestResult one = ingestor.ingestFile(dir.resolve("feed.jsonl"), "hdfs://nn/news/feed.jsonl");

    assertThat(one.articles()).extracting(Article::title).containsExactly("One", "Three");
    assertThat(one.articles()).extracting(Article::title)
        .containsExactlyElementsOf(whole.articles().stream().map(Article::title).toList());
    assertThat(origins(one)).allMatch(o -> o.startsWith("hdfs://nn/news/feed.jsonl"));
    // the same problems, named after the given origin
    assertThat(one.problems()).hasSameSizeAs(whole.problems()).isNotEmpty();
    assertThat(one.problems()).allMatch(p -> p.origin().startsWith("hdfs://nn/news/feed.jsonl"));
  }

  @Test
  void filesAFolderWalkSkipsAreNamedWithTheReason() {
    assertThat(Ingestor.notAnArticle(Path.of("corpus/README.md"))).contains("README");
    assertThat(Ingestor.notAnArticle(Path.of("corpus/table.csv"))).contains(".csv");
    assertThat(Ingestor.notAnArticle(Path.of("corpus/logo.png"))).contains(".png");
    assertThat(Ingestor.notAnArticle(Path.of("corpus/story.html"))).isNull();
    assertThat(Ingestor.notAnArticle(Path.of("corpus/crawl.warc.gz"))).isNull();
  }

  private IngestResult ingest(String... inputs) {
    return new Ingestor(FAKE, IngestOptions.defaults().withThreads(2)).ingest(List.of(inputs));
  }

  private static List<String> origins(IngestResult result) {
    return result.articles().stream().map(Article::origin).toList();
  }

  private String path(String relative) {
    return dir.resolve(relative).toString();
  }

  private void write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
  }

  private static byte[] gzip(String text) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(UTF_8));
    }
    return bytes.toByteArray();
  }
}
