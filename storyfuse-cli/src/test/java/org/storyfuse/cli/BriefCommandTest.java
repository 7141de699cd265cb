package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job, end to end on the bundled sample corpus. */
class BriefCommandTest {

  static final Path ROOT = Path.of(System.getProperty("storyfuse.root", ".."));
  static final Path SAMPLES = ROOT.resolve("samples/corpus");

  @Test
  void sampleCorpusGivesTheFloodStoryAndTheRecallStoryApart(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("briefs.json");
    CliRun run = CliRun.of("brief", SAMPLES.toString(), "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("# ").contains("## Summary", "## Sources", "Valmora", "Kestrel");

    JsonNode stories = new ObjectMapper().readTree(json.toFile()).get("stories");
    assertThat(stories).hasSize(2);
    JsonNode flood = stories.get(0);
    List<String> outlets = new ArrayList<>();
    flood.get("sources").forEach(s -> outlets.add(s.get("outlet").asText()));
    assertThat(outlets).hasSize(5).contains("Harbor Daily", "The Valmora Ledger", "coastalwire.example", "valleyherald.example");
    // the syndicated copy is listed, marked as a copy, and never cited as support
    JsonNode copy = null;
    for (JsonNode s : flood.get("sources")) {
      if (!s.get("duplicate_of").isNull()) {
        copy = s;
      }
    }
    assertThat(copy).isNotNull();
    int copyId = copy.get("id").asInt();
    for (JsonNode s : flood.get("summary")) {
      assertThat(s.get("support").toString()).doesNotContain(String.valueOf(copyId) + ",")
          .doesNotContain("," + copyId + "]").isNotEqualTo("[" + copyId + "]");
    }
    // every summary sentence is cited (only by sources that state it), and the lead fact is
    // corroborated by several outlets: a claim cited after its words and after theirs
    flood.get("summary").forEach(s -> assertThat(s.get("support").size()).isPositive());
    int widest = 0;
    for (JsonNode c : flood.get("claims")) {
      widest = Math.max(widest, c.get("support").size() + c.get("other_wordings").size());
    }
    assertThat(widest).isGreaterThanOrEqualTo(3);
    assertThat(stories.get(1).get("sources")).hasSize(2);
  }

  @Test
  void writesOneSelfContainedHtmlPageForAllStories(@TempDir Path tmp) throws Exception {
    Path html = tmp.resolve("briefs.html");
    CliRun run = CliRun.of("brief", "-q", SAMPLES.toString(), "--html", html.toString());
    assertThat(run.status()).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile());
    assertThat(page.select("article.brief")).hasSize(2);
    assertThat(page.select("script")).isEmpty();
    // every citation resolves to a sentence shown on the page
    for (String href : page.select("a.cite").eachAttr("href")) {
      assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
    }
  }

  @Test
  void sameInputGivesByteIdenticalJson(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a.json");
    Path b = tmp.resolve("b.json");
    assertThat(CliRun.of("brief", "-q", SAMPLES.toString(), "--json", a.toString()).status()).isZero();
    assertThat(CliRun.of("brief", "-q", "--threads", "1", SAMPLES.toString(), "--json", b.toString()).status()).isZero();
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
  }

  @Test
  void badFilesAreReportedOneLineEachAndTheRestIsRead(@TempDir Path tmp) throws Exception {
    Files.copy(SAMPLES.resolve("northline-valmora-floods.txt"), tmp.resolve("good.txt"));
    Files.write(tmp.resolve("empty.txt"), new byte[0]);
    Files.write(tmp.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
    Files.writeString(tmp.resolve("broken.jsonl"), "{\"title\": \"x\", \"maintext\": \n");
    CliRun run = CliRun.of("brief", tmp.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Valmora");
    assertThat(run.err()).contains("empty.txt", "binary.txt", "broken.jsonl");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void nothingReadableExitsNonZero(@TempDir Path tmp) throws Exception {
    Files.write(tmp.resolve("empty.txt"), new byte[0]);
    CliRun run = CliRun.of("brief", tmp.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("empty.txt").contains("no article could be read");
  }

  @Test
  void missingPathIsAClearError() {
    CliRun run = CliRun.of("brief", "/no/such/path/anywhere");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("/no/such/path/anywhere");
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("brief", "extract", "serve");
  }

  @Test
  void rejectsANonPositiveWordBudget() {
    CliRun run = CliRun.of("brief", "--words", "0", SAMPLES.toString());
    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("--words");
  }
}
