package org.storyfuse.ingest.formats;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.ingest.SourceDocument;
import org.storyfuse.ingest.SourceDocument.Kind;

class InputFileReaderTest {

  static final String STORY =
      "Harbour bridge reopens after repairs\n\nThe Lindholm harbour bridge reopened on Tuesday after "
          + "eight months of repairs, the city transport office said.\n\nCommuters queued from dawn.";
  static final String PAGE =
      "<!doctype html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
          + "<p>The Lindholm harbour bridge reopened on Tuesday.</p></article></body></html>";

  @TempDir Path dir;

  @Test
  void plainTextIsOneTextDocumentNamedByItsPath() throws IOException {
    SourceDocument doc = CollectingSink.read(write("story.txt", STORY.replace("\n", "\r\n"))).only();
    assertThat(doc.origin()).isEqualTo("story.txt");
    assertThat(doc.kind()).isEqualTo(Kind.TEXT);
    assertThat(doc.content()).isEqualTo(STORY);
  }

  @Test
  void htmlIsOneHtmlDocument() throws IOException {
    SourceDocument doc = CollectingSink.read(write("page.htm", PAGE)).only();
    assertThat(doc.kind()).isEqualTo(Kind.HTML);
    assertThat(doc.content()).isEqualTo(PAGE);
  }

  @Test
  void malformedHtmlIsStillPassedOnForBestEffortExtraction() throws IOException {
    String broken = "<html><body><p>Unclosed paragraph <div><b>bold <i>crossed</b></i> and <p>more";
    assertThat(CollectingSink.read(write("broken.html", broken)).only().content()).isEqualTo(broken);
  }

  @Test
  void unknownExtensionsAreSniffed() throws IOException {
    assertThat(CollectingSink.read(write("page.dat", PAGE)).only().kind()).isEqualTo(Kind.HTML);
    SourceDocument json =
        CollectingSink.read(write("record.dat", "{\"title\":\"T\",\"maintext\":\"Body text.\"}")).only();
    assertThat(json.hints().title()).isEqualTo("T");
    assertThat(CollectingSink.read(write("notes", STORY)).only().kind()).isEqualTo(Kind.TEXT);
  }

  @Test
  void latin1TextReadsCorrectly() throws IOException {
    String text = "Müller & Söhne: Café reopens in Zürich\n\nThe façade was restored.";
    Path file = dir.resolve("latin1.txt");
    Files.write(file, text.getBytes(ISO_8859_1));
    assertThat(CollectingSink.read(file).only().content()).isEqualTo(text);
  }

  @Test
  void latin1HtmlWithMetaCharsetReadsCorrectly() throws IOException {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "</head><body><p>Zürich café façade</p></body></html>";
    Path file = dir.resolve("old.html");
    Files.write(file, page.getBytes(ISO_8859_1));
    assertThat(CollectingSink.read(file).only().content()).contains("Zürich café façade");
  }

  @Test
  void gzipOfAnyFormatIsDecompressed() throws IOException {
    assertThat(CollectingSink.read(gzip("a.html.gz", PAGE.getBytes(UTF_8))).only().kind()).isEqualTo(Kind.HTML);
    String lines = "{\"title\":\"One\",\"text\":\"First.\"}\n{\"title\":\"Two\",\"text\":\"Second.\"}\n";
    CollectingSink jsonl = CollectingSink.read(gzip("b.jsonl.gz", lines.getBytes(UTF_8)));
    assertThat(jsonl.problems).isEmpty();
    assertThat(jsonl.documents).extracting(SourceDocument::origin).containsExactly("b.jsonl.gz#1", "b.jsonl.gz#2");
    // compression is recognised by content, so a compressed file without ".gz" reads too
    assertThat(CollectingSink.read(gzip("story.dat", STORY.getBytes(UTF_8))).only().content()).isEqualTo(STORY);
  }

  @Test
  void truncatedGzipIsAClearProblem() throws IOException {
    byte[] whole = Files.readAllBytes(gzip("full.txt.gz", (STORY + STORY + STORY).getBytes(UTF_8)));
    Path cut = dir.resolve("cut.txt.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    CollectingSink sink = CollectingSink.read(cut);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.onlyProblem()).isEqualTo("truncated gzip file: the compressed data ends early");
  }

  @Test
  void aTruncatedJsonLinesGzipKeepsEveryCompleteRecordAndSaysItWasCut() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      lines.append("{\"title\":\"Story ").append(i).append("\",\"text\":\"Body of story ").append(i)
          .append(", with some words that do not compress away entirely: ").append(Integer.toHexString(i * 7919))
          .append(".\"}\n");
    }
    byte[] whole = Files.readAllBytes(gzip("whole.jsonl.gz", lines.toString().getBytes(UTF_8)));
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));
    CollectingSink sink = CollectingSink.read(cut);
    assertThat(sink.documents.size()).isGreaterThan(100).isLessThan(400);
    // every record read is whole and in order: Story 1 … Story n
    for (int i = 0; i < sink.documents.size(); i++) {
      assertThat(sink.documents.get(i).hints().title()).isEqualTo("Story " + (i + 1));
      assertThat(sink.documents.get(i).origin()).isEqualTo("cut.jsonl.gz#" + (i + 1));
    }
    assertThat(sink.onlyProblem())
        .startsWith("truncated gzip file: the compressed data ends early")
        .contains("complete records before it were read");
  }

  @Test
  void oneInvalidByteInUtf8TextIsReplacedAndReported() throws IOException {
    String text = "Café owners in Malmö protest\n\nThe café owners of Malmö marched on Tuesday, "
        + "saying the new fees would close 40 cafés before the summer.";
    byte[] before = text.substring(0, text.indexOf(" marched")).getBytes(UTF_8);
    byte[] after = text.substring(text.indexOf(" marched")).getBytes(UTF_8);
    byte[] bad = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, bad, 0, before.length);
    bad[before.length] = (byte) 0xFF; // not UTF-8, not anything
    System.arraycopy(after, 0, bad, before.length + 1, after.length);
    Path file = dir.resolve("bad-byte.txt");
    Files.write(file, bad);
    CollectingSink sink = CollectingSink.read(file);
    String content = sink.only().content();
    assertThat(content).contains("Café owners in Malmö").contains("40 cafés").contains("\uFFFD");
    assertThat(sink.notices).singleElement().satisfies(n ->
        assertThat(n.reason()).isEqualTo("1 invalid UTF-8 byte replaced with U+FFFD (the first at byte " + before.length + ")"));
  }

  @Test
  void latin1TextStillReadsAsWindows1252WithoutANotice() throws IOException {
    String text = "Café owners in Malmö protest\n\nThe café owners of Malmö marched on Tuesday.";
    Path file = dir.resolve("latin1.txt");
    Files.write(file, text.getBytes(ISO_8859_1));
    CollectingSink sink = CollectingSink.read(file);
    assertThat(sink.only().content()).isEqualTo(text);
    assertThat(sink.notices).isEmpty();
  }

  @Test
  void licenceTextTablesAndReadmesAreSkippedByContentWithANotice() throws IOException {
    String mit = "Copyright (c) 2024 Someone\n\nPermission is hereby granted, free of charge, to any person "
        + "obtaining a copy of this software, to deal in the Software without restriction.\n\n"
        + "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.";
    String table = "| site | pages | F1 |\n|---|---|---|\n| a | 10 | 0.91 |\n| b | 12 | 0.95 |\n| c | 9 | 0.88 |";
    String csv = "id,title,date,words\n1,Alpha,2024-01-02,300\n2,Beta,2024-01-03,250\n3,Gamma,2024-01-04,410\n"
        + "4,Delta,2024-01-05,120\n";
    String readme = "# Toolkit\n\nA small library.\n\n## Installation\n\n```\nmvn install\n```\n\n## Usage\n\n"
        + "Call the thing.\n";
    // notes about a story (what a correct summary holds): made up for this test
    String notes = "# What the summary of the harbour story should hold\n\nThe reports below are of one story; "
        + "this page says what a reader should find.\n\n## Dates\n| report | date | notes |\n|---|---|---|\n"
        + "| 1 | 2031-03-04 | the header date is not the publication date |\n| 2 | 2031-03-05 | clean |\n\n"
        + "## Quotes\n- Mayor Ilse Brandt: \"safety comes first\" (1, 2)\n- Engineer: \"the piers cracked\" (3)\n\n"
        + "## Corroboration\n- the bridge closed on Tuesday: 1, 2, 3\n- 40,000 vehicles a day: 1, 3\n";
    for (String[] c : new String[][] {{"terms.txt", mit, "licence text"}, {"scores.txt", table, "a table of data"},
        {"export.txt", csv, "a table of data"}, {"notes.md", readme, "software documentation (a README)"},
        {"EXPECTED.md", notes, "notes in Markdown (headings, lists and tables, little running prose)"}}) {
      CollectingSink sink = CollectingSink.read(write(c[0], c[1]));
      assertThat(sink.documents).as(c[0]).isEmpty();
      assertThat(sink.problems).as(c[0]).isEmpty();
      assertThat(sink.notices).as(c[0]).singleElement()
          .satisfies(n -> assertThat(n.reason()).isEqualTo("skipped: not an article (" + c[2] + ")"));
    }
    // an article that quotes a licence and lists a few figures is still an article
    String article = "Court rules on open-source licence\n\nA court in Lindholm ruled on Tuesday that the "
        + "company had broken the GNU General Public License by selling the software without its source. "
        + "The licence says the program is provided \"as is\", the judge noted, but that did not excuse "
        + "the breach.\n\nThe company said it would appeal.";
    assertThat(CollectingSink.read(write("ruling.txt", article)).only().kind()).isEqualTo(Kind.TEXT);
    // and a report written in Markdown, with headings, a short list and a small table, is an article
    String markdownReport = "# Harbour reopens after floods\n\nThe port of Valmora reopened on Friday after a week "
        + "of floods, the harbour authority said, and the first ships were unloaded by noon.\n\n## What changed\n\n"
        + "Engineers rebuilt two quays and raised the sea wall by half a metre, the authority said in a statement "
        + "that also thanked the army for its help.\n\n| quay | reopened |\n|---|---|\n| north | Friday |\n"
        + "| south | Monday |\n\n## What comes next\n\nThe mayor said a full report on the damage would be "
        + "published next month, and that the city would ask the government for help with the costs.\n";
    assertThat(CollectingSink.read(write("harbour.md", markdownReport)).documents).hasSize(1);
  }

  @Test
  void gzipBombIsRefusedAtTheDecompressedBound() throws IOException {
    Path bomb = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) 'a');
      for (int i = 0; i < 20; i++) {
        out.write(spaces); // 20 MB that compresses to about 20 KB
      }
    }
    assertThat(Files.size(bomb)).isLessThan(100_000);
    CollectingSink sink = CollectingSink.read(bomb, new ReadLimits(ReadLimits.MIB, 4 * ReadLimits.MIB, 10));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.onlyProblem())
        .isEqualTo("decompresses to more than 4 MB; skipped as a possible zip bomb (--max-decompressed-size)");
  }

  @Test
  void binaryFilesAreRefused() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path renamed = dir.resolve("photo.txt");
    Files.write(renamed, png);
    assertThat(CollectingSink.read(renamed).onlyProblem()).isEqualTo("binary file, not text (PNG image)");

    byte[] controls = new byte[400];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 'x' : 1 + i % 20); // mostly control characters, no NUL
    }
    Path noise = dir.resolve("noise.html");
    Files.write(noise, controls);
    assertThat(CollectingSink.read(noise).onlyProblem()).isEqualTo("binary file, not text (binary data)");
  }

  @Test
  void emptyAndBlankFilesAreProblems() throws IOException {
    assertThat(CollectingSink.read(write("empty.txt", "")).onlyProblem()).isEqualTo("empty file");
    assertThat(CollectingSink.read(write("blank.html", " \n\t\n")).onlyProblem()).isEqualTo("empty file");
    assertThat(CollectingSink.read(gzip("empty.json.gz", new byte[0])).onlyProblem()).isEqualTo("empty file");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024); // sparse: 50 MB without writing them
    }
    assertThat(CollectingSink.read(big).onlyProblem())
        .isEqualTo("file is 50.0 MB, over the 16 MB limit (--max-file-size)");
  }

  @Test
  void missingFilesAndDirectoriesAreProblems() throws IOException {
    assertThat(CollectingSink.read(dir.resolve("nope.txt")).onlyProblem()).isEqualTo("no such file or directory");
    Files.createDirectory(dir.resolve("sub.html"));
    assertThat(CollectingSink.read(dir.resolve("sub.html")).onlyProblem()).isEqualTo("not a regular file");
  }

  @Test
  void problemsAreOneLine() throws IOException {
    CollectingSink sink = CollectingSink.read(write("bad.json", "{\n  \"title\": \"x\",\n  \"text\": \n}"));
    assertThat(sink.onlyProblem()).startsWith("malformed JSON: ").contains("(line 4, column").doesNotContain("\n");
  }

  /** {@code n} one-line records of about 110 bytes each. */
  private static String records(int n) {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      lines.append("{\"title\":\"Story ").append(i).append("\",\"text\":\"Body of story ").append(i)
          .append(", with words that do not compress away: ").append(Integer.toHexString(i * 7919)).append(".\"}\n");
    }
    return lines.toString();
  }

  /** A 4 KB file limit, so that a few dozen records make a file over it. */
  private static final ReadLimits SMALL = new ReadLimits(4096, 64 * 1024 * 1024, 100_000);

  @Test
  void jsonLinesOverTheFileLimitAreReadRecordByRecordNotRefused() throws IOException {
    Path file = write("bulk.jsonl", "\uFEFF" + records(200));
    assertThat(Files.size(file)).isGreaterThan(SMALL.maxFileBytes());
    CollectingSink sink = CollectingSink.read(file, SMALL);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(sink.documents.get(i).hints().title()).isEqualTo("Story " + (i + 1));
      assertThat(sink.documents.get(i).origin()).isEqualTo("bulk.jsonl#" + (i + 1));
    }
    // the same file under the default limit is read whole, to the same records
    assertThat(CollectingSink.read(file).documents).extracting(SourceDocument::origin)
        .isEqualTo(sink.documents.stream().map(SourceDocument::origin).toList());
  }

  @Test
  void aStreamedRecordOverTheLimitIsOneProblemAndTheOthersAreRead() throws IOException {
    String huge = "{\"title\":\"Huge\",\"text\":\"" + "word ".repeat(2000) + "\"}\n";
    Path file = write("mixed.jsonl", records(30) + huge + "\n" + records(30).replace("Story ", "Later "));
    CollectingSink sink = CollectingSink.read(file, SMALL);
    assertThat(sink.documents).hasSize(60);
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo("mixed.jsonl#31");
      assertThat(p.reason()).startsWith("record is over the").contains("--max-file-size");
    });
    assertThat(sink.documents.get(30).origin()).isEqualTo("mixed.jsonl#33"); // a blank line 32 counts as a line
  }

  @Test
  void aStreamedRecordWithAnInvalidByteIsReadWithItReplacedAndSaidOnce() throws IOException {
    byte[] good = records(40).getBytes(UTF_8);
    byte[] bad = "{\"title\":\"Caf\u00e9\",\"text\":\"Bad byte here: ".getBytes(UTF_8);
    Path file = dir.resolve("bytes.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(good);
      out.write(bad);
      out.write(0xFF);
      out.write(" and more text.\"}\n".getBytes(UTF_8));
      out.write(bad);
      out.write(0xFE);
      out.write(".\"}\n".getBytes(UTF_8));
    }
    CollectingSink sink = CollectingSink.read(file, SMALL);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents).hasSize(42);
    assertThat(sink.documents.get(40).content()).contains("\uFFFD and more text");
    // the note a file read whole gets: how many bytes, and where the first was
    assertThat(sink.notices).singleElement().satisfies(n -> assertThat(n.reason())
        .isEqualTo("2 invalid UTF-8 bytes replaced with U+FFFD (the first at byte " + (good.length + bad.length) + ")"));
  }

  @Test
  void aTruncatedGzipOverTheFileLimitKeepsEveryCompleteRecord() throws IOException {
    byte[] whole = Files.readAllBytes(gzip("whole.jsonl.gz", records(2000).getBytes(UTF_8)));
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));
    assertThat(Files.size(cut)).isGreaterThan(SMALL.maxFileBytes());
    CollectingSink sink = CollectingSink.read(cut, SMALL);
    assertThat(sink.documents.size()).isGreaterThan(500).isLessThan(2000);
    for (int i = 0; i < sink.documents.size(); i++) {
      assertThat(sink.documents.get(i).hints().title()).isEqualTo("Story " + (i + 1));
    }
    assertThat(sink.onlyProblem()).startsWith("truncated gzip file: the compressed data ends early")
        .contains("complete records before it were read");
  }

  @Test
  void aStreamedGzipStopsAtTheDecompressionLimitKeepingTheRecordsBefore() throws IOException {
    Path file = gzip("bomb.jsonl.gz", (records(3000) + "\n".repeat(2_000_000)).getBytes(UTF_8));
    ReadLimits limits = new ReadLimits(4096, 200_000, 100_000);
    assertThat(Files.size(file)).isGreaterThan(limits.maxFileBytes());
    CollectingSink sink = CollectingSink.read(file, limits);
    assertThat(sink.documents.size()).isGreaterThan(1000).isLessThan(3000);
    assertThat(sink.onlyProblem()).startsWith("decompresses to more than").contains("--max-decompressed-size");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private Path gzip(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }
}
