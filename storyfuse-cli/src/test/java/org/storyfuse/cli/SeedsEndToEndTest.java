package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference case: the five real seed reports in ../shared/seeds, brief end to end. */
class SeedsEndToEndTest {

  static final Path SEEDS = Path.of(System.getProperty("storyfuse.shared", "../../shared"), "seeds");

  @BeforeAll
  static void seedsPresent() {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the checkout");
  }

  @Test
  void allFiveSeedsAreOneStoryWithCitedSummary(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("seeds.json");
    CliRun run = CliRun.of("brief", "--analysis", "off", SEEDS.resolve("*.txt").toString(), "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode stories = new ObjectMapper().readTree(json.toFile()).get("stories");
    assertThat(stories).hasSize(1);
    JsonNode story = stories.get(0);
    assertThat(story.get("sources")).hasSize(5);
    assertThat(story.get("summary").size()).isGreaterThanOrEqualTo(3);
    for (JsonNode s : story.get("summary")) {
      assertThat(s.get("support").size()).isPositive();
      assertThat(s.get("evidence").size()).isEqualTo(s.get("support").size());
    }
    // a summary sentence cites only sources that state it; what 3+ outlets report, each in its own
    // words, is a claim cited after its words and after theirs
    boolean corroborated = false;
    for (JsonNode c : story.get("claims")) {
      corroborated |= c.get("support").size() + c.get("other_wordings").size() >= 3;
    }
    assertThat(corroborated).as("some claim is reported by 3+ outlets").isTrue();
    assertThat(run.out()).containsPattern("\\[\\d\\]\\[\\d\\]");
  }

  @Test
  void briefCarriesTheGoldQuotesTimelineAndEntities(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("seeds.json");
    CliRun run = CliRun.of("brief", "-q", "--analysis", "rapid", SEEDS.resolve("*.txt").toString(), "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode story = new ObjectMapper().readTree(json.toFile()).get("stories").get(0);

    JsonNode deadEnd = null;
    for (JsonNode q : story.get("quotes")) {
      // the wording shown is the one both outlets carry verbatim; the fuller wordings are its variants
      if ((q.get("text").asText() + q.get("variants")).contains("dead end or difference")) {
        deadEnd = q;
      }
    }
    assertThat(deadEnd).as("the 'dead end' quote").isNotNull();
    assertThat(deadEnd.get("speaker").asText()).isEqualTo("Sergei Ryabkov");
    assertThat(deadEnd.get("sources").size()).as("carried by 001 and 002").isEqualTo(2);
    assertThat(deadEnd.get("variants").toString()).contains("difference of approaches");
    assertThat(deadEnd.get("kind").asText()).isEqualTo("direct");

    java.util.Map<String, String> events = new java.util.HashMap<>();
    story.get("timeline").forEach(e -> events.merge(e.get("date").asText(), e.get("event").asText(), (a, b) -> a + " | " + b));
    assertThat(events.get("2022-01-10")).contains("Geneva");
    assertThat(events.get("2022-01-12")).contains("Brussels");
    assertThat(events.get("2022-01-13")).contains("Vienna");
    assertThat(events).containsKey("2021-12");
    // one entry for Russia's December proposals, with both outlets that date them ([2] "put forth a
    // number of security guarantees", [3] "unveiled proposals"); Ryabkov's comments of that month apart
    java.util.List<JsonNode> december = new java.util.ArrayList<>();
    story.get("timeline").forEach(e -> {
      String all = e.get("event").asText() + e.get("other_wordings");
      if (e.get("date").asText().equals("2021-12") && (all.contains("guarantees") || all.contains("proposals"))) {
        december.add(e);
      }
    });
    assertThat(december).as("one December-proposals entry").hasSize(1);
    assertThat(december.get(0).toString()).contains("security guarantees", "unveiled proposals");

    // the summary tells the story's main corroborated developments: Cuba and Venezuela (3 of 5 outlets)
    assertThat(story.get("summary").toString()).contains("Cuba", "Venezuela");

    // GOLD.md's discrepancies: troop numbers (002, 003 vs 004) and the single-source "seven hours" (001)
    JsonNode troops = null;
    String singles = "";
    for (JsonNode d : story.get("discrepancies")) {
      if (d.get("kind").asText().equals("number") && d.get("about").asText().startsWith("troops")) {
        troops = d;
      }
      if (d.get("kind").asText().equals("single_source")) {
        singles += d.get("claims").toString();
      }
    }
    assertThat(troops).as("the troop-number discrepancy").isNotNull();
    assertThat(troops.get("about").asText()).contains("100,000", "tens of thousands");
    assertThat(troops.get("claims")).hasSize(2);
    assertThat(singles).contains("more than seven hours", "$500 million", "as soon as next week");

    boolean ryabkovWithRole = false;
    for (JsonNode e : story.get("entities")) {
      if (e.get("name").asText().equals("Sergei Ryabkov")) {
        ryabkovWithRole = e.get("roles").toString().contains("Deputy Foreign Minister");
      }
    }
    assertThat(ryabkovWithRole).isTrue();
  }

  /** GOLD.md's corroboration list beyond gold.json, with its files, and its attribution slip. */
  @Test
  void briefAlignsGoldClaimsWithTheirSupportingFiles(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("seeds.json");
    CliRun run = CliRun.of("brief", "-q", SEEDS.resolve("*.txt").toString(), "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode story = new ObjectMapper().readTree(json.toFile()).get("stories").get(0);
    java.util.Map<Integer, String> file = new java.util.HashMap<>();
    story.get("sources").forEach(s -> file.put(s.get("id").asInt(),
        Path.of(s.get("origin").asText()).getFileName().toString().substring(0, 3)));
    java.util.Map<String, java.util.Set<String>> claims = new java.util.LinkedHashMap<>();
    for (JsonNode c : story.get("claims")) {
      java.util.Set<String> files = new java.util.TreeSet<>();
      // a claim's sources: those cited after its words and those cited after their own wording of it
      c.get("support").forEach(n -> files.add(file.get(n.asInt())));
      c.get("other_wordings").forEach(w -> w.get("sources").forEach(n -> files.add(file.get(n.asInt()))));
      claims.put(c.get("text").asText(), files);
    }
    assertThat(claims).anySatisfy((text, files) -> {
      assertThat(text).contains("dead end");
      assertThat(files).containsExactly("000", "001", "002", "003");
    });
    assertThat(claims).anySatisfy((text, files) -> {
      assertThat(text).contains("Cuba", "Venezuela");
      assertThat(files).containsExactly("000", "001", "002");
    });
    assertThat(claims).anySatisfy((text, files) -> {
      assertThat(text).contains("met in Geneva on Monday");
      assertThat(files).containsExactly("000", "001", "002", "003", "004");
    });
    assertThat(claims).anySatisfy((text, files) -> {
      assertThat(text).contains("military", "diplomacy must be given a chance");
      assertThat(files).containsExactly("000", "001");
    });
    // the senators' sanctions bill: corroborated by 000 and 003, who disagree whose senators they are
    assertThat(claims).anySatisfy((text, files) -> {
      assertThat(text).contains("senators").containsIgnoringCase("sanction");
      assertThat(files).containsExactly("000", "003");
    });
    JsonNode attribution = null;
    for (JsonNode d : story.get("discrepancies")) {
      if (d.get("kind").asText().equals("attribution")) {
        attribution = d;
      }
    }
    assertThat(attribution).as("the senators' attribution slip").isNotNull();
    assertThat(attribution.get("about").asText()).contains("senators", "russia", "united states");
  }

  @Test
  void analyzePrintsQuotesWithSpeakersAndResolvedDates(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("analysis.jsonl");
    CliRun run = CliRun.of("analyze", "-q", SEEDS.resolve("003_*.txt").toString(), "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Sergei Ryabkov", "→ 2022-01-10");
    JsonNode line = new ObjectMapper().readTree(Files.readAllLines(json).get(0));
    assertThat(line.get("quotes").size()).isPositive();
    assertThat(line.get("times").toString()).contains("2022-01-10");
  }
}
