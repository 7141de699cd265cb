package org.storyfuse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.dates.DateTextParser;

/**
 * GOLD.md's extraction table over the five seed reports in the shared folder (read, never copied),
 * with the expectations taken from gold.json.
 */
class SeedExtractionTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final TextArticleExtractor EXTRACTOR = new TextArticleExtractor(new DateTextParser(CLOCK));

  static Path seeds;
  static JsonNode gold;

  @BeforeAll
  static void readGold() throws IOException {
    String shared = System.getProperty("storyfuse.shared");
    assumeTrue(shared != null, "storyfuse.shared is not set (run through Maven)");
    seeds = Path.of(shared, "seeds");
    assumeTrue(Files.isDirectory(seeds), "no seeds folder at " + seeds);
    gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
  }

  static Stream<String> files() throws IOException {
    readGold();
    List<String> names = new ArrayList<>();
    gold.get("articles").fieldNames().forEachRemaining(names::add);
    return names.stream().sorted();
  }

  static Extraction extract(String file) throws IOException {
    return EXTRACTOR.extract(Files.readString(seeds.resolve(file), StandardCharsets.UTF_8));
  }

  static String body(Extraction e) {
    return String.join("\n\n", e.paragraphs());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void publicationDateTitleAndBoilerplateAsInGold(String file) throws IOException {
    JsonNode expected = gold.get("articles").get(file);
    Extraction e = extract(file);

    assertThat(e.published()).as("publication date of %s", file).isNotNull();
    assertThat(e.published().date()).isEqualTo(LocalDate.parse(expected.get("published").asText()));
    assertThat(e.published().inferred())
        .isEqualTo(expected.path("published_is_inferred").asBoolean(false));
    assertThat(e.published().evidence()).isNotBlank();

    assertThat(e.title()).containsIgnoringCase(expected.get("title_contains").asText());
    assertThat(e.title()).doesNotEndWith("...").doesNotEndWith("…").doesNotStartWith("•");

    assertThat(e.paragraphs()).isNotEmpty();
    for (JsonNode boilerplate : expected.get("boilerplate")) {
      assertThat(body(e)).as("boilerplate in %s", file).doesNotContain(boilerplate.asText());
    }
    assertThat(e.paragraphs()).allSatisfy(p -> assertThat(p).isEqualTo(p.strip()).doesNotContain("  "));
    assertThat(e.paragraphs()).doesNotContain(e.title());
    // the outlet where the text names it (002's teaser "…reports Asian Lite News", 004's credit line
    // "(Esta Media Network/Reuters)"); the others name none
    assertThat(e.outlet()).isEqualTo(file.startsWith("002_") ? "Asian Lite News"
        : file.startsWith("004_") ? "Esta Media Network" : null);
    assertThat(e.url()).isNull();
  }

  @Test
  void quotesSurviveInTheFilesThatCarryThem() throws IOException {
    for (JsonNode quote : gold.get("quotes")) {
      for (JsonNode file : quote.get("files")) {
        assertThat(normalise(body(extract(file.asText()))))
            .as("%s quote in %s", quote.get("speaker").asText(), file.asText())
            .contains(normalise(quote.get("contains").asText()));
      }
    }
  }

  @Test
  void corroboratedClaimsKeepTheirSupport() throws IOException {
    List<String> bodies = new ArrayList<>();
    for (String file : files().toList()) {
      bodies.add(normalise(body(extract(file))));
    }
    for (JsonNode claim : gold.get("corroborated_claims")) {
      long support =
          bodies.stream()
              .filter(b -> claim.has("contains_all")
                  ? stream(claim.get("contains_all")).allMatch(s -> b.contains(normalise(s)))
                  : stream(claim.get("contains_any")).anyMatch(s -> b.contains(normalise(s))))
              .count();
      assertThat(support).as("support for %s", claim).isGreaterThanOrEqualTo(claim.get("min_sources").asLong());
    }
  }

  @Test
  void headerDateWithPlaceLosesToThePublishedLine() throws IOException {
    Extraction e = extract("000_babcde61d24608b5.txt");
    assertThat(e.published().date()).isEqualTo(LocalDate.of(2022, 1, 14));
    assertThat(e.published().evidence()).startsWith("Published");
    assertThat(body(e)).doesNotContain("Dhaka").doesNotContain("Collected").doesNotContain("Updated:");
    assertThat(e.paragraphs().get(0)).startsWith("Russia's Deputy Foreign Minister Sergei Ryabkov");
    assertThat(e.paragraphs().get(e.paragraphs().size() - 1)).startsWith("Peskov said");
  }

  @Test
  void timestampFirstLineGivesTheInstantAndTheBulletLineTheTitle() throws IOException {
    Extraction e = extract("001_54e9e24671459eee.txt");
    assertThat(e.published().instant()).isEqualTo(OffsetDateTime.parse("2022-01-13T16:12Z"));
    assertThat(e.title()).startsWith("Russia: Talks on Ukraine");
    assertThat(e.paragraphs().get(0)).startsWith("Russia says talks with the West");
    assertThat(body(e)).contains("Venezuela and Cuba").contains("more than seven hours");
  }

  @Test
  void teaserIsNotRepeatedAndTheTrailerIsCut() throws IOException {
    Extraction e = extract("002_bc06e6403ebf0ee1.txt");
    String b = body(e);
    assertThat(b.split("The mixed messages suggested", -1)).hasSize(2);
    assertThat(b).doesNotContain("Asian Lite").doesNotContain("Guantanamo").doesNotContain("Estonia");
    assertThat(b).contains("Cuba and Venezuela").contains("as soon as next week");
    assertThat(e.paragraphs().get(e.paragraphs().size() - 1)).contains("fuel prices");
  }

  @Test
  void cleanReportKeepsEveryParagraph() throws IOException {
    Extraction e = extract("003_ea12356647170ef9.txt");
    assertThat(e.paragraphs()).hasSize(13);
    assertThat(e.paragraphs().get(0)).startsWith("Russia sees no reason");
    assertThat(body(e)).contains("$500 million").doesNotContain("Thursday January 13 2022");
  }

  @Test
  void datelineCreditsAndNotesGoTheDateIsInferred() throws IOException {
    Extraction e = extract("004_45b01e34604427a6.txt");
    assertThat(e.paragraphs().get(0)).startsWith("Russia and the United States gave no sign");
    String b = body(e);
    assertThat(b).doesNotContain("SULAIMANI").doesNotContain("Esta Media")
        .doesNotContain("This story was updated").doesNotContain("Total");
    assertThat(b).contains("100,000").contains("Stoltenberg");
    assertThat(e.published().inferred()).isTrue();
    assertThat(e.published().instant()).isNull();
    assertThat(e.published().evidence()).contains("January 10, 2022");
    assertThat(e.paragraphs().get(e.paragraphs().size() - 1)).endsWith("consumer electronics.");
  }

  @Test
  void deterministic() throws IOException {
    for (String file : files().toList()) {
      assertThat(extract(file)).isEqualTo(extract(file));
    }
  }

  /** Straight quotes and apostrophes, lower case: gold strings are matched by meaning, not glyphs. */
  static String normalise(String s) {
    return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .toLowerCase(Locale.ROOT);
  }

  static Stream<String> stream(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      out.add(it.next().asText());
    }
    return out.stream();
  }
}
