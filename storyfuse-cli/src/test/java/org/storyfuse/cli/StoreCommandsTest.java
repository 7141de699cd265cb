package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.store.TestDatabases;

/** ingest, stories, show and search on the bundled sample corpus, analysis off for speed. */
class StoreCommandsTest {

  static final Path SAMPLES = BriefCommandTest.SAMPLES;

  @TempDir Path tmp;

  private String db() {
    return tmp.resolve("store.db").toString();
  }

  @Test
  void ingestCountsNewDuplicateAndFailedArticles() throws Exception {
    Path bad = tmp.resolve("in");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("empty.json"), "{\"url\": \"https://example.org/no-title-no-body\"}");

    CliRun first = CliRun.of("ingest", SAMPLES.toString(), bad.toString(), "--db", db(), "--analysis", "off");
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("7 new, 0 duplicate, 1 failed; 2 stories updated: s");
    assertThat(first.err()).contains("empty.json: ");

    CliRun again = CliRun.of("ingest", SAMPLES.toString(), "--db", db(), "--analysis", "off");
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).isEqualTo("0 new, 7 duplicate, 0 failed\n");
  }

  @Test
  void ingestOfNothingReadableFails() {
    CliRun run = CliRun.of("ingest", tmp.resolve("missing").toString(), "--db", db(), "--analysis", "off");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("0 new, 0 duplicate, 1 failed\n");
    assertThat(run.err()).contains("missing").contains("no article could be read");
  }

  @Test
  void storiesShowAndSearchReadWhatWasIngested() throws Exception {
    assertThat(CliRun.of("ingest", SAMPLES.toString(), "--db", db(), "--analysis", "off", "-q").status()).isZero();

    CliRun stories = CliRun.of("stories", "--db", db());
    assertThat(stories.status()).as(stories.err()).isZero();
    assertThat(stories.out()).contains("| story", "Valmora", "Kestrel Motors recalls", "2026-03-10 – 2026-03-11");
    assertThat(stories.out().lines().count()).isEqualTo(4); // header, rule, two stories
    String flood = storyOnLine(stories.out(), "Valmora");
    assertThat(stories.out().lines().filter(l -> l.contains(flood)).findFirst().orElseThrow())
        .contains("| 5        | 4       |"); // five articles, four sources: one is a syndicated copy

    CliRun markdown = CliRun.of("show", flood, "--db", db());
    assertThat(markdown.status()).as(markdown.err()).isZero();
    assertThat(markdown.out()).startsWith("# ").contains("Valmora").contains("## Summary", "## Sources");

    Path html = tmp.resolve("flood.html");
    CliRun json = CliRun.of("show", flood, "--db", db(), "--json", "--html", html.toString());
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode brief = new ObjectMapper().readTree(json.out());
    assertThat(brief.get("story_id").asText()).isEqualTo(flood);
    assertThat(brief.get("sources")).hasSize(5);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Valmora");

    CliRun search = CliRun.of("search", "battery", "fire", "--db", db());
    assertThat(search.status()).as(search.err()).isZero();
    assertThat(search.out()).contains("Kestrel").doesNotContain(flood);
    assertThat(search.out().lines().filter(l -> !l.startsWith("    ")))
        .allMatch(l -> l.matches("(article|brief) \\S+  story s\\S+  .*"));

    CliRun none = CliRun.of("search", "zeppelin", "--db", db());
    assertThat(none.status()).isEqualTo(1);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("nothing in").contains("zeppelin");
  }

  @Test
  void readCommandsNameTheMissingStoreOrStory() throws Exception {
    CliRun missing = CliRun.of("stories", "--db", db());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("storyfuse: no store at " + db() + " (create one with: storyfuse ingest PATH --db "
        + db() + ")\n");
    assertThat(Files.exists(Path.of(db()))).isFalse(); // reading never creates a store

    assertThat(CliRun.of("ingest", SAMPLES.toString(), "--db", db(), "--analysis", "off", "-q").status()).isZero();
    CliRun unknown = CliRun.of("show", "s0000000000", "--db", db());
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).contains("no story s0000000000 in " + db());
  }

  @Test
  void storedOriginsAreFileNamesNotThePathsTheyWereReadFrom() throws Exception {
    Path absolute = SAMPLES.toAbsolutePath();
    assertThat(CliRun.of("ingest", absolute.toString(), "--db", db(), "--analysis", "off", "-q").status()).isZero();
    String flood = storyOnLine(CliRun.of("stories", "--db", db()).out(), "Valmora");
    JsonNode brief = new ObjectMapper().readTree(CliRun.of("show", flood, "--db", db(), "--json").out());
    assertThat(brief.get("sources")).isNotEmpty();
    for (JsonNode source : brief.get("sources")) {
      assertThat(source.get("origin").asText()).doesNotContain("/").doesNotContain(absolute.getParent().toString());
    }
    assertThat(brief.toString()).doesNotContain(absolute.toString());
  }

  @Test
  void anIngestOfArticlesAllStoredAlreadyLoadsNoAnalysisModels() throws Exception {
    assertThat(CliRun.of("ingest", SAMPLES.toString(), "--db", db(), "--analysis", "off", "-q").status()).isZero();
    // a process of its own: models loaded by another test in this JVM would hide a load
    CliRun again = ChildCli.run("ingest", SAMPLES.toString(), "--db", db(), "--analysis", "rapid");
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).isEqualTo("0 new, 7 duplicate, 0 failed\n");
    assertThat(again.err()).doesNotContain("loading");
  }

  @Test
  void aPostgresStoreThatCannotBeReachedIsOneLineWithoutItsPassword() {
    CliRun run = CliRun.of("stories", "--db", "postgresql://reader:s3cret-pw@127.0.0.1:1/news");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("storyfuse: cannot connect to the PostgreSQL store postgresql://reader@127.0.0.1:1/news: ")
        .doesNotContain("s3cret"));
    CliRun noDatabase = CliRun.of("stories", "--db", "postgresql://reader@127.0.0.1:5432");
    assertThat(noDatabase.err()).contains("names no database");
  }

  @Test
  void theStoreCommandsWorkOnPostgres() throws Exception {
    String jdbc = TestDatabases.freshPostgres("cli_commands");
    // the same database in libpq's form: postgresql://USER@HOST:PORT/DB
    Matcher m = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)\\?user=([^&]+)").matcher(jdbc);
    assertThat(m.matches()).as(jdbc).isTrue();
    String libpq = "postgresql://" + m.group(3) + "@" + m.group(1) + "/" + m.group(2);

    CliRun first = CliRun.of("ingest", SAMPLES.toString(), "--db", jdbc, "--analysis", "off");
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("7 new, 0 duplicate, 0 failed; 2 stories updated: s");
    assertThat(CliRun.of("ingest", SAMPLES.toString(), "--db", libpq, "--analysis", "off").out())
        .isEqualTo("0 new, 7 duplicate, 0 failed\n");

    CliRun stories = CliRun.of("stories", "--db", libpq);
    assertThat(stories.status()).as(stories.err()).isZero();
    String flood = storyOnLine(stories.out(), "Valmora");
    assertThat(stories.out().lines().filter(l -> l.contains(flood)).findFirst().orElseThrow()).contains("| 5        | 4       |");
    CliRun show = CliRun.of("show", flood, "--db", jdbc, "--json");
    assertThat(show.status()).as(show.err()).isZero();
    assertThat(new ObjectMapper().readTree(show.out()).get("sources")).hasSize(5);
    CliRun search = CliRun.of("search", "battery", "fire", "--db", libpq);
    assertThat(search.status()).as(search.err()).isZero();
    assertThat(search.out()).contains("Kestrel").doesNotContain(flood);
    assertThat(CliRun.of("search", "zeppelin", "--db", jdbc).status()).isEqualTo(1);
  }

  private static String storyOnLine(String table, String headline) {
    Matcher m = Pattern.compile("\\| (s[0-9a-f]+\\S*) .*" + Pattern.quote(headline)).matcher(table);
    assertThat(m.find()).as(table).isTrue();
    return m.group(1);
  }
}
