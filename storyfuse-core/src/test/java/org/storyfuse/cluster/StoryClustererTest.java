package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.eval.ClusteringEvaluation;
import org.storyfuse.eval.ClusteringScores;
import org.storyfuse.eval.LabelledArticles;
import org.storyfuse.model.Article;
import org.storyfuse.model.Story;

class StoryClustererTest {

  private static Article article(String id, String title, String... paragraphs) {
    return new Article(id, id + ".txt", null, null, title, null, null, "en", List.of(paragraphs));
  }

  private final List<Article> articles = List.of(
      article("a1", "Floods close Valmora port",
          "The Port of Valmora closed on Monday after the Tessin River flooded its quays.",
          "About 4,000 residents of the Marnet district were evacuated."),
      article("a2", "Valmora port shut by Tessin floods",
          "Floods from the Tessin River shut the Port of Valmora and forced residents of Marnet from homes."),
      article("a3", "Kestrel recalls K2 e-bikes",
          "Kestrel Motors recalled 42,000 K2 e-bikes after battery fires during charging."),
      article("a4", "Battery fires prompt Kestrel e-bike recall",
          "Owners of Kestrel K2 e-bikes should stop charging them, the company said after battery fires."));

  @Test
  void separatesTwoStories() {
    List<Story> stories = new StoryClusterer().cluster(articles);
    assertThat(stories).extracting(Story::articleIds)
        .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("a3", "a4"));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(new StoryClusterer().cluster(shuffled)).isEqualTo(new StoryClusterer().cluster(articles));
  }

  @Test
  void storyIdsAreStableAndDistinct() {
    List<Story> stories = new StoryClusterer().cluster(articles);
    assertThat(stories.get(0).id()).matches("s[0-9a-f]{10}").isNotEqualTo(stories.get(1).id());
  }

  @Test
  void emptyInputGivesNoStories() {
    assertThat(new StoryClusterer().cluster(List.of())).isEmpty();
  }

  @Test
  void multiLingTopicsAreRecovered() throws Exception {
    Path data = Path.of(System.getProperty("storyfuse.shared", "../shared"), "data", "multiling2011-en.jsonl");
    assumeTrue(Files.isRegularFile(data), "MultiLing dev data not present");
    ClusteringScores s = ClusteringEvaluation.run(data, new StoryClusterer());
    assertThat(s.items()).isEqualTo(100);
    // measured 0.964 at the default threshold (docs/EVALUATION.md); fail on a real regression
    assertThat(s.bcubedF1()).isGreaterThan(0.94);
  }

  @Test
  void fictionalLabelledSetIsRecovered() throws Exception {
    Path data = Path.of(getClass().getResource("/cluster/fictional-labelled.jsonl").toURI());
    ClusteringScores s = ClusteringEvaluation.run(data, new StoryClusterer());
    // includes a same-actors follow-up 12 days later and a second recall by the same company
    assertThat(s.bcubedF1()).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void seedsAreOneStoryApartFromUnrelatedStories() throws Exception {
    Path seeds = Path.of(System.getProperty("storyfuse.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "seed reports not present");
    List<Article> all = new ArrayList<>();
    List<String> seedIds = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        // Raw captures, boilerplate and all: first line as title, the rest as paragraphs.
        List<String> lines = Files.readAllLines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        all.add(article(f.getFileName().toString(), lines.get(0), lines.subList(1, lines.size()).toArray(String[]::new)));
        seedIds.add(f.getFileName().toString());
      }
    }
    Path fictional = Path.of(getClass().getResource("/cluster/fictional-labelled.jsonl").toURI());
    LabelledArticles.flatten(LabelledArticles.readClusters(fictional)).forEach(l -> all.add(l.article()));
    all.addAll(articles);
    List<Story> stories = new StoryClusterer().cluster(all);
    assertThat(stories).filteredOn(st -> st.articleIds().contains(seedIds.get(0))).singleElement()
        .satisfies(st -> assertThat(st.articleIds()).containsExactlyInAnyOrderElementsOf(seedIds));
  }

  @Test
  void readsFlatLabelledJsonl(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("set.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"1\",\"title\":\"Floods close Valmora port\",\"text\":\"The Tessin River flooded the Port of Valmora quays.\",\"cluster\":\"flood\"}",
        "{\"id\":\"2\",\"title\":\"Valmora port shut by floods\",\"text\":\"Floods shut the Port of Valmora on Monday.\",\"cluster\":\"flood\"}",
        "{\"id\":\"3\",\"title\":\"Kestrel recalls e-bikes\",\"text\":\"Kestrel Motors recalled K2 e-bikes over battery fires.\",\"cluster\":\"recall\"}"));
    List<LabelledArticles.Labelled> items = LabelledArticles.flatten(LabelledArticles.readClusters(file));
    assertThat(items).hasSize(3);
    assertThat(ClusteringEvaluation.score(items, new StoryClusterer()).bcubedF1()).isEqualTo(1.0);
  }
}
