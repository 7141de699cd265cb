package org.storyfuse.eval;

import org.storyfuse.story.Story;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.cli.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;
import org.storyfuse.story.Level;

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
    // storylines; measured in docs/EVALUATION.md; fail on a real regression
    assertThat(s.bcubedPrecision()).isGreaterThan(0.95);
    assertThat(s.bcubedF1()).isGreaterThan(0.94);
  }

  @Test
  void fictionalLabelledSetIsRecovered() throws Exception {
    Path data = Path.of(getClass().getResource("/cluster/fictional-labelled.jsonl").toURI());
    List<LabelledArticles.Labelled> items = LabelledArticles.readForPipeline(data);
    // the same-actors inquiry 12 days after the flood and the company's second recall two weeks
    // later belong to the flood's and the first recall's storylines
    assertThat(ClusteringEvaluation.score(items, PIPELINE, Level.STORYLINE, "storyline").bcubedF1())
        .isGreaterThanOrEqualTo(0.9);
    // events never cross storylines
    assertThat(ClusteringEvaluation.score(items, PIPELINE, Level.EVENT, "storyline").bcubedPrecision())
        .isEqualTo(1.0);
    // Known shortfall (issue 11), not asserted: the follow-ups (same actors, same words, 12–14 days
    // later) join their first event — event B³ precision against the `cluster` labels is 0.74. A
    // hard window of 3/7/10 days between events fixed this set but cut ECB+ dated event F1 from
    // 0.914 to 0.877/0.900/0.903 (ECB+ events are reported over weeks); docs/EVALUATION.md.
  }

  /** The new user's case: templated reports of different incidents in different towns stay apart. */
  @Test
  void templatedIncidentsInDifferentTownsStayApart() throws Exception {
    Path data = Path.of(getClass().getResource("/cluster/synthetic-incidents.jsonl").toURI());
    List<LabelledArticles.Labelled> items = LabelledArticles.readForPipeline(data);
    ClusteringScores events = ClusteringEvaluation.score(items, PIPELINE, Level.EVENT, "cluster");
    ClusteringScores lines = ClusteringEvaluation.score(items, PIPELINE, Level.STORYLINE, "storyline");
    assertThat(events.bcubedF1()).isGreaterThanOrEqualTo(0.9);
    assertThat(lines.bcubedF1()).isGreaterThanOrEqualTo(0.85);
    assertThat(lines.predictedClusters()).isGreaterThan(30); // 40 incidents, not one story
  }

  @Test
  void storylinesOfSeveralEventsAreOne() throws Exception {
    Path data = Path.of(getClass().getResource("/cluster/synthetic-storylines.jsonl").toURI());
    List<LabelledArticles.Labelled> items = LabelledArticles.readForPipeline(data);
    assertThat(ClusteringEvaluation.score(items, PIPELINE, Level.STORYLINE, "storyline").bcubedF1())
        .isGreaterThanOrEqualTo(0.9);
  }

  /** An unrelated article does not join a story just because the collection holds few stories. */
  @Test
  void anUnrelatedArticleStartsItsOwnStoryBesideFewOthers() throws Exception {
    List<LabelledArticles.Labelled> fictional = LabelledArticles.flatten(LabelledArticles.readClusters(
        Path.of(getClass().getResource("/cluster/fictional-labelled.jsonl").toURI())));
    for (LabelledArticles.Labelled odd : fictional) {
      if (odd.cluster().equals("flood") || odd.cluster().equals("recall") || odd.cluster().equals("inquiry")
          || odd.cluster().equals("recall2")) {
        continue;
      }
      List<Article> few = new ArrayList<>(articles); // one flood story, one recall story
      few.add(odd.article());
      List<Story> stories = PIPELINE.stories(few, PipelineListener.SILENT);
      assertThat(stories).as(odd.article().title()).filteredOn(s -> s.articleIds().contains(odd.article().id()))
          .singleElement().satisfies(s -> assertThat(s.size()).isEqualTo(1));
    }
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
  void arrivalOrderDoesNotChangeTheGrouping() throws Exception {
    List<LabelledArticles.Labelled> items = LabelledArticles.flatten(LabelledArticles.readClusters(
        Path.of(getClass().getResource("/cluster/fictional-labelled.jsonl").toURI())));
    List<String> gold = items.stream().map(LabelledArticles.Labelled::cluster).toList();
    List<String> first = ClusteringEvaluation.predicted(items, PIPELINE, Level.EVENT);
    Random random = new Random(11);
    for (int run = 0; run < 5; run++) {
      List<LabelledArticles.Labelled> shuffled = new ArrayList<>(items);
      Collections.shuffle(shuffled, random);
      List<String> predicted = ClusteringEvaluation.predicted(shuffled, PIPELINE, Level.EVENT);
      List<String> shuffledFirst = shuffled.stream().map(l -> first.get(items.indexOf(l))).toList();
      List<String> shuffledGold = shuffled.stream().map(LabelledArticles.Labelled::cluster).toList();
      // the same groups (names come from arrival order, so compare memberships)
      assertThat(ClusteringScores.of(shuffledFirst, predicted).bcubedF1()).as("run %d", run).isEqualTo(1.0);
      assertThat(ClusteringScores.of(shuffledGold, predicted).bcubedF1())
          .isEqualTo(ClusteringScores.of(gold, first).bcubedF1());
    }
  }

  /**
   * MiniLM reads English: unrelated German reports (made up here) came out with vectors as close as
   * one story's and were grouped as one; compared by their words and names, they stay apart and two
   * reports of one flood still go together.
   */
  @Test
  void reportsInALanguageTheEmbedderDoesNotReadAreGroupedByTheirWordsAndNames() {
    List<Article> german = List.of(
        german("de1", "Hochwasser in Passau: Altstadt unter Wasser",
            "Nach tagelangem Regen ist die Donau in Passau über die Ufer getreten. Die Altstadt steht teilweise "
                + "unter Wasser, wie die Stadtverwaltung am Montag mitteilte. Hunderte Anwohner mussten ihre Häuser "
                + "verlassen. Der Pegel erreichte am Morgen 11,2 Meter."),
        german("de2", "Donau-Hochwasser: Passauer Altstadt überflutet",
            "Die Donau hat in Passau die Altstadt überflutet. Nach Angaben der Stadt mussten am Montag Hunderte "
                + "Menschen ihre Wohnungen räumen. Der Pegel stieg bis zum Morgen auf 11,2 Meter."),
        german("de3", "Autobauer Volkswagen senkt Prognose für das Gesamtjahr",
            "Der Volkswagen-Konzern hat seine Gewinnprognose für das laufende Jahr gesenkt. Grund seien "
                + "schwächere Verkäufe in China, teilte das Unternehmen am Montag in Wolfsburg mit."),
        german("de4", "Bundesliga: Trainerwechsel beim Hamburger SV",
            "Der Hamburger SV hat sich von seinem Trainer getrennt. Der Verein bestätigte am Montag, dass der "
                + "Cheftrainer mit sofortiger Wirkung freigestellt wurde."));
    List<Story> stories = PIPELINE.stories(german, PipelineListener.SILENT);
    assertThat(stories).extracting(s -> s.members().stream().map(m -> m.id()).sorted().toList())
        .containsExactlyInAnyOrder(List.of("de1", "de2"), List.of("de3"), List.of("de4"));
  }

  private static Article german(String id, String title, String text) {
    return new Article(id, id + ".txt", null, null, title, null,
        org.storyfuse.model.PublicationDate.stated(java.time.LocalDate.of(2026, 6, 1), "2026-06-01"), "de",
        List.of(text));
  }

}
