package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncrementalStoryClustererTest {

  private static final Instant DAY0 = Instant.parse("2024-03-04T09:00:00Z");

  private static ArticleFeatures article(String id, int day, String terms, String entities) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : terms.split(" ")) {
      counts.merge(t, 1, Integer::sum);
    }
    return new ArticleFeatures(id, DAY0.plus(day, ChronoUnit.DAYS), null, counts, List.of(entities.split(",")));
  }

  /** 40 unrelated background stories so that idf and candidate search have something to sort out. */
  private static List<ArticleFeatures> background(int day) {
    List<ArticleFeatures> out = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      for (int a = 0; a < 2; a++) {
        out.add(article("bg" + s + "-" + a, day, "topic" + s + " event" + s + " place" + s + " news",
            "person" + s + ",org" + s));
      }
    }
    return out;
  }

  @Test
  void candidateSearchFindsTheRightStoryAmongMany() {
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.DEFAULT);
    background(0).forEach(c::assign);
    String story = c.storyOf("bg27-0");
    assertThat(c.storyOf("bg27-1")).isEqualTo(story);
    String got = c.assign(article("new", 0, "topic27 event27 place27 follow up", "person27"));
    assertThat(got).isEqualTo(story);
    assertThat(c.stories()).hasSize(40);
  }

  @Test
  void denseCandidatesFindTheStoryWithoutSharedWords() {
    // Stories that share no terms or entities: only the HNSW index over centroids can find them.
    Random r = new Random(3);
    List<float[]> centres = new ArrayList<>();
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.DEFAULT.withWeights(1, 0, 0));
    for (int s = 0; s < 300; s++) {
      centres.add(randomUnit(r, null, 0));
      c.assign(new ArticleFeatures("s" + s, DAY0, centres.get(s), Map.of(), List.of()));
    }
    String got = c.assign(new ArticleFeatures("q", DAY0, randomUnit(r, centres.get(123), 0.3), Map.of(), List.of()));
    assertThat(got).isEqualTo(c.storyOf("s123"));
  }

  static float[] randomUnit(Random r, float[] around, double noise) {
    float[] v = new float[64];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (around == null ? r.nextGaussian() : around[i] + noise * r.nextGaussian() / Math.sqrt(v.length));
    }
    return Vectors.normalised(v);
  }

  @Test
  void sameActorsTenDaysLaterStartANewStory() {
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.DEFAULT);
    background(0).forEach(c::assign);
    String flood = c.assign(article("a1", 0, "flood valmora port tessin river closed", "valmora,tessin river,ilse brandt"));
    assertThat(c.assign(article("a2", 1, "flood valmora port tessin river evacuated", "valmora,tessin river,ilse brandt")))
        .isEqualTo(flood);
    String later = c.assign(article("a3", 11, "flood valmora port tessin river inquiry", "valmora,tessin river,ilse brandt"));
    assertThat(later).isNotEqualTo(flood);
  }

  @Test
  void storiesThatConvergeAreMerged() {
    // A high assign threshold keeps every article apart at first; consolidation merges the pairs
    // that are one story and leaves the other story alone.
    ClusterParams p = ClusterParams.DEFAULT.withThreshold(0.99).withMergeThreshold(0.2);
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(p);
    background(0).forEach(c::assign);
    c.assign(article("x1", 0, "kestrel recall bike battery fire", "kestrel motors,joran weld"));
    c.assign(article("x2", 0, "kestrel recall bike battery charging", "kestrel motors,joran weld"));
    c.assign(article("y1", 0, "orland rovers cup final penalties", "orland rovers,tomas vey"));
    assertThat(c.storyOf("x1")).isNotEqualTo(c.storyOf("x2"));
    c.consolidate();
    assertThat(c.storyOf("x1")).isEqualTo(c.storyOf("x2")).isNotEqualTo(c.storyOf("y1"));
    assertThat(c.sources(c.storyOf("x1"))).isEqualTo(2);
  }

  @Test
  void syndicatedCopiesJoinTheirOriginalAsOneSource() {
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.DEFAULT);
    background(0).forEach(c::assign);
    String story = c.assign(article("orig", 0, "kestrel recall bike battery fire", "kestrel motors"));
    assertThat(c.attachCopy("copy1", "orig")).isEqualTo(story);
    assertThat(c.attachCopy("copy2", "orig")).isEqualTo(story);
    assertThat(c.sources(story)).isEqualTo(1);
    assertThat(c.assign(article("other", 0, "kestrel recall bike battery charging", "kestrel motors"))).isEqualTo(story);
    assertThat(c.sources(story)).isEqualTo(2);
    assertThat(c.stories()).filteredOn(s -> s.contains("orig")).singleElement()
        .isEqualTo(List.of("orig", "copy1", "copy2", "other"));
  }
}
