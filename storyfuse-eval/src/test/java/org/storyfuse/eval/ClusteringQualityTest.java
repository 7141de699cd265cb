package org.storyfuse.eval;

import org.storyfuse.story.Story;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.cli.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.cluster.FeatureExtractor;
import org.storyfuse.cluster.IncrementalStoryClusterer;
import org.storyfuse.model.Article;

/**
 * The clusterers scored on labelled sets with the evaluation harness ({@link ClusteringEvaluation},
 * {@link ClusteringScores}, {@link LabelledArticles}): moved here from storyfuse-core's
 * {@code StoryClustererTest} and {@code IncrementalStoryClustererTest}, which cannot see this module.
 */
class ClusteringQualityTest {

  /** The product pipeline, analysis off (it does not change the grouping). */
  private static final StoryPipeline PIPELINE = AnalysisOptions.withoutAnalysis(2);

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
  void multiLingTopicsAreRecovered() throws Exception {
    Path data = Path.of(System.getProperty("storyfuse.shared", "../shared"), "data", "multiling2011-en.jsonl");
    assumeTrue(Files.isRegularFile(data), "MultiLing dev data not present");
    ClusteringScores s = ClusteringEvaluation.run(data, PIPELINE);
    assertThat(s.items()).isEqualTo(100);
    // measured 0.964 at the default threshold (docs/EVALUATION.md); fail on a real regression
    assertThat(s.bcubedF1()).isGreaterThan(0.94);
  }

  @Test
  void fictionalLabelledSetIsRecovered() throws Exception {
    Path data = Path.of(getClass().getResource("/cluster/fictional-labelled.jsonl").toURI());
    ClusteringScores s = ClusteringEvaluation.run(data, PIPELINE);
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
    List<Story> stories = PIPELINE.stories(all, PipelineListener.SILENT);
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
    List<LabelledArticles.Labelled> items = LabelledArticles.readForPipeline(file);
    assertThat(items).hasSize(3);
    assertThat(items).extracting(LabelledArticles.Labelled::cluster).containsExactly("flood", "flood", "recall");
    assertThat(ClusteringEvaluation.score(items, PIPELINE).bcubedF1()).isEqualTo(1.0);
  }

  @Test
  void arrivalOrderDoesNotChangeASmallLabelledSet() throws Exception {
    List<LabelledArticles.Labelled> items = LabelledArticles.flatten(LabelledArticles.readClusters(
        Path.of(getClass().getResource("/cluster/fictional-labelled.jsonl").toURI())));
    FeatureExtractor fx = new FeatureExtractor(null);
    List<ArticleFeatures> features = new ArrayList<>(items.stream().map(l -> fx.extract(l.article())).toList());
    // A stream arrives roughly in time order: shuffle, then keep days in order (any order within a day).
    // Fully shuffled dates would let stories expire before their own earlier articles arrive.
    Random random = new Random(11);
    for (int run = 0; run < 5; run++) {
      Collections.shuffle(features, random);
      features.sort(java.util.Comparator.comparing(f -> f.time().truncatedTo(ChronoUnit.DAYS)));
      IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.DEFAULT);
      c.observeCollection(features);
      features.forEach(c::assign);
      c.consolidate();
      List<String> gold = items.stream().map(LabelledArticles.Labelled::cluster).toList();
      List<String> predicted = items.stream().map(l -> c.storyOf(l.article().id())).toList();
      assertThat(ClusteringScores.of(gold, predicted).bcubedF1()).as("run %d %s", run, c.stories()).isGreaterThanOrEqualTo(0.94);
    }
  }
}
