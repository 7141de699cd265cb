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
    CliRun run = CliRun.of("brief", SEEDS.resolve("*.txt").toString(), "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode stories = new ObjectMapper().readTree(json.toFile()).get("stories");
    assertThat(stories).hasSize(1);
    JsonNode story = stories.get(0);
    assertThat(story.get("sources")).hasSize(5);
    assertThat(story.get("summary").size()).isGreaterThanOrEqualTo(3);
    boolean corroborated = false;
    for (JsonNode s : story.get("summary")) {
      assertThat(s.get("support").size()).isPositive();
      assertThat(s.get("evidence").size()).isEqualTo(s.get("support").size());
      corroborated |= s.get("support").size() >= 3;
    }
    assertThat(corroborated).as("some summary sentence is carried by 3+ outlets").isTrue();
    assertThat(run.out()).containsPattern("\\[\\d\\]\\[\\d\\]");
  }

  @Test
  void evalSeedsPassesEveryCheck() {
    CliRun run = CliRun.of("eval", "seeds", SEEDS.toString());
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("gold clusters kept whole: 1 of 1").doesNotContain("WRONG");
  }
}
