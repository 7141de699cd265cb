package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.Article;

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
    List<Storyline> lines = new StoryClusterer().cluster(articles);
    assertThat(lines).extracting(Storyline::members)
        .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("a3", "a4"));
    // every article in exactly one event of its storyline
    for (Storyline l : lines) {
      assertThat(l.events().stream().flatMap(List::stream).sorted().toList()).isEqualTo(l.members());
    }
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(new StoryClusterer().cluster(shuffled)).isEqualTo(new StoryClusterer().cluster(articles));
  }

  /** The four articles above among unrelated reports: the collection a part is cut from. */
  private List<Article> collection() {
    List<Article> all = new ArrayList<>(articles);
    String[][] others = {
        {"Council approves Lumton bus lanes", "The Lumton council approved new bus lanes on Harbour Road on Tuesday."},
        {"Storm warning for the coast", "Forecasters warned of a storm reaching the coast on Friday, with floods possible."},
        {"Port workers vote on pay deal", "Dock workers at three ports will vote on a pay deal next week, their union said."},
        {"Battery maker opens plant", "A battery maker opened a plant employing 900 people, the company said on Monday."},
        {"River levels fall after rain", "River levels fell across the region after a week of rain, officials said."}};
    for (int i = 0; i < others.length; i++) {
      all.add(article("o" + i, others[i][0], others[i][1]));
    }
    return all;
  }

  private static CollectionCounts countsOf(List<ArticleFeatures> all) {
    java.util.Map<String, Integer> terms = new java.util.HashMap<>();
    java.util.Map<String, Integer> entities = new java.util.HashMap<>();
    for (ArticleFeatures f : all) {
      f.terms().keySet().forEach(t -> terms.merge(t, 1, Integer::sum));
      f.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
    }
    return new CollectionCounts() {
      public int documents() {
        return all.size();
      }

      public int termDocuments(String term) {
        return terms.getOrDefault(term, 0);
      }

      public int entityDocuments(String key) {
        return entities.getOrDefault(key, 0);
      }
    };
  }

  @Test
  void aPartScoredWithTheWholeCollectionsCountsScoresAsInsideTheWhole() {
    StoryClusterer clusterer = new StoryClusterer();
    List<ArticleFeatures> all = collection().stream().map(clusterer::features).toList();
    List<ArticleFeatures> part = all.subList(0, 4);

    IncrementalStoryClusterer whole = new IncrementalStoryClusterer(clusterer.params());
    whole.observeCollection(all);
    IncrementalStoryClusterer withCounts = new IncrementalStoryClusterer(clusterer.params());
    withCounts.observeCounts(countsOf(all), part);
    IncrementalStoryClusterer alone = new IncrementalStoryClusterer(clusterer.params());
    alone.observeCollection(part);

    IncrementalStoryClusterer.PairFeatures inWhole = whole.pairFeatures(part);
    IncrementalStoryClusterer.PairFeatures counted = withCounts.pairFeatures(part);
    IncrementalStoryClusterer.PairFeatures partOnly = alone.pairFeatures(part);
    boolean partDiffers = false;
    for (int i = 0; i < part.size(); i++) {
      for (int j = i + 1; j < part.size(); j++) {
        double[] expected = inWhole.of(i, j);
        double[] actual = counted.of(i, j);
        for (int k = 0; k < expected.length; k++) {
          assertThat(actual[k]).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(1e-9));
        }
        partDiffers |= !java.util.Arrays.equals(partOnly.of(i, j), expected);
      }
    }
    // the counts matter: idf from the part alone scores differently
    assertThat(partDiffers).isTrue();
  }

  @Test
  void aPartGroupedWithTheWholeCollectionsCountsGroupsAsInsideTheWhole() {
    StoryClusterer plain = new StoryClusterer();
    List<Article> all = collection();
    java.util.Map<String, ArticleFeatures> known = new java.util.HashMap<>();
    all.forEach(a -> known.put(a.id(), plain.features(a)));
    StoryClusterer partClusterer = plain.withCollection(countsOf(List.copyOf(known.values())), known::get);
    assertThat(partClusterer.features(all.get(0))).isSameAs(known.get("a1"));

    List<Storyline> whole = plain.cluster(all);
    List<Storyline> part = partClusterer.cluster(articles);
    java.util.Set<String> partIds = java.util.Set.of("a1", "a2", "a3", "a4");
    List<List<String>> wholeRestricted = whole.stream().map(Storyline::members)
        .filter(m -> partIds.containsAll(m)).toList();
    assertThat(part).extracting(Storyline::members).containsExactlyInAnyOrderElementsOf(wholeRestricted);
    assertThat(part).extracting(Storyline::members)
        .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("a3", "a4"));
  }

  @Test
  void emptyInputGivesNoStories() {
    assertThat(new StoryClusterer().cluster(List.of())).isEmpty();
  }

  @Test
  void sentenceInitialWordsAreNotNames() {
    assertThat(EntityKeys.of("Witnesses said the bus left the road near Lumton. Police closed the road to Lumton."))
        .containsExactly("lumton");
    assertThat(EntityKeys.ofTitle("Lindsay Lohan Checks Into Betty Ford", "Lindsay Lohan checks into the Betty Ford Center."))
        .contains("lindsay lohan", "betty ford center").doesNotContain("checks");
  }
}
