package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storyfuse.text.Vectors;

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

  private static ArticleFeatures headlineOrNot(String id, int day, String terms, String entities, boolean headline) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : terms.split(" ")) {
      counts.merge(t, 1, Integer::sum);
    }
    float[] dense = new float[] {(float) Math.cos(id.hashCode()), (float) Math.sin(id.hashCode())};
    List<String> names = List.of(entities.split(","));
    return new ArticleFeatures(id, DAY0.plus(day, ChronoUnit.DAYS), dense, counts, counts, names, names, headline);
  }

  @Test
  void groupFeaturesAreTheMeanOfTheirPairsInEveryRegime() {
    // Headline-only and full members mixed on both sides: each feature of two groups (the headline
    // terms too) is the mean over their article pairs, which is what the model was trained on.
    List<ArticleFeatures> a = List.of(headlineOrNot("a1", 0, "quake town rescue", "tolmin", true),
        headlineOrNot("a2", 1, "quake town rescue dead toll", "tolmin,red cross", false),
        headlineOrNot("a3", 2, "aftershock town", "tolmin", true));
    List<ArticleFeatures> b = List.of(headlineOrNot("b1", 1, "quake rescue teams", "tolmin", false),
        headlineOrNot("b2", 3, "aftershock toll rises", "red cross", true));
    List<ArticleFeatures> all = new ArrayList<>(a);
    all.addAll(b);
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.LEXICAL);
    c.observeCollection(all);
    IncrementalStoryClusterer.PairFeatures pairs = c.pairFeatures(all);
    double[] mean = new double[JoinModel.FEATURES.size()];
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double[] f = pairs.of(i, a.size() + j);
        for (int d = 0; d < mean.length; d++) {
          mean[d] += f[d] / (a.size() * b.size());
        }
      }
    }
    IncrementalStoryClusterer.Group ga = c.group();
    a.forEach(ga::add);
    IncrementalStoryClusterer.Group gb = c.group();
    b.forEach(gb::add);
    double[] grouped = ga.features(gb, true);
    for (int d = 0; d < mean.length; d++) {
      assertThat(grouped[d]).as(JoinModel.FEATURES.get(d)).isCloseTo(mean[d], org.assertj.core.data.Offset.offset(1e-5));
    }
    assertThat(grouped[JoinModel.HEADLINE_ANY]).isCloseTo(1 - 1.0 * 1 / 6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(grouped[JoinModel.HEADLINE_BOTH]).isCloseTo(2.0 * 1 / 6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(grouped[JoinModel.HEADLINE_DENSE]).isNotZero();
  }

  @Test
  void aNumberMostPagesStateIsLittleEvidenceButARareOneIsMuch() {
    // 40 pages of different topics that all state "2025" (a year, a list's size): the cosine of two
    // pages' numbers is 1 when that is all they state; rare_numbers weighs it by its rarity. Two
    // reports that share an exact toll of 1234 are alike on both.
    List<ArticleFeatures> all = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      all.add(article("guide" + s, 0, "topic" + s + " tips 2025", "brand" + s));
    }
    all.add(article("quake-a", 0, "quake toll 1234 2025", "tolmin"));
    all.add(article("quake-b", 1, "quake toll 1234 2025", "tolmin"));
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.LEXICAL);
    c.observeCollection(all);
    IncrementalStoryClusterer.PairFeatures pairs = c.pairFeatures(all);
    double[] guides = pairs.of(0, 1);
    double[] quake = pairs.of(40, 41);
    assertThat(guides[JoinModel.NUMBERS]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(guides[JoinModel.RARE_NUMBERS]).isLessThan(0.05);
    assertThat(quake[JoinModel.RARE_NUMBERS]).isGreaterThan(0.25);
    assertThat(quake[JoinModel.RARE_NUMBERS]).isGreaterThan(5 * guides[JoinModel.RARE_NUMBERS]);
    // and two groups' rare_numbers is the mean over their pairs, as every feature
    IncrementalStoryClusterer.Group ga = c.group();
    ga.add(all.get(0));
    ga.add(all.get(40));
    IncrementalStoryClusterer.Group gb = c.group();
    gb.add(all.get(1));
    gb.add(all.get(41));
    double mean = (pairs.of(0, 1)[JoinModel.RARE_NUMBERS] + pairs.of(0, 41)[JoinModel.RARE_NUMBERS]
        + pairs.of(40, 1)[JoinModel.RARE_NUMBERS] + pairs.of(40, 41)[JoinModel.RARE_NUMBERS]) / 4;
    assertThat(ga.features(gb, false)[JoinModel.RARE_NUMBERS]).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void candidateSearchFindsTheRightEventAmongMany() {
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.LEXICAL);
    background(0).forEach(c::assign);
    String event = c.eventOf("bg27-0");
    assertThat(c.eventOf("bg27-1")).isEqualTo(event);
    String got = c.assign(article("new", 0, "topic27 event27 place27 follow up", "person27,org27"));
    assertThat(got).isEqualTo(event);
    assertThat(c.events()).hasSize(40);
    assertThat(c.stories()).hasSize(40);
  }

  @Test
  void theSameActorsMonthsLaterAreANewEventOfTheSameStoryline() {
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.LEXICAL);
    background(0).forEach(c::assign);
    String flood = c.assign(article("a1", 0, "flood valmora port tessin river closed", "valmora,tessin river,ilse brandt"));
    assertThat(c.assign(article("a2", 1, "flood valmora port tessin river evacuated", "valmora,tessin river,ilse brandt")))
        .isEqualTo(flood);
    // past the event's expiry: a new event, but time alone does not split the storyline
    String later = c.assign(article("a3", 60, "flood valmora port tessin river inquiry", "valmora,tessin river,ilse brandt"));
    assertThat(later).isNotEqualTo(flood);
    assertThat(c.storylineOf("a3")).isEqualTo(c.storylineOf("a1"));
    c.consolidate();
    assertThat(c.storylines()).filteredOn(l -> l.members().contains("a1")).singleElement()
        .satisfies(l -> assertThat(l.events()).containsExactly(List.of("a1", "a2"), List.of("a3")));
  }

  @Test
  void aStorylineTheBoundedDenseIndexDroppedIsStillFoundByItsNames() {
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.LEXICAL.withDenseStorylines(4));
    String flood = c.assign(withDense(article("a1", 0, "flood valmora port tessin river closed",
        "valmora,tessin river,ilse brandt")));
    for (ArticleFeatures bg : background(1)) {
      c.assign(withDense(bg));
    }
    // 41 storylines, 4 in the dense index: the most recently changed ones, not the flood's
    assertThat(c.activeStorylines()).isEqualTo(41);
    assertThat(c.denseStorylines()).isEqualTo(4);
    String later = c.assign(withDense(article("a3", 60, "flood valmora port tessin river inquiry",
        "valmora,tessin river,ilse brandt")));
    assertThat(later).isNotEqualTo(flood);
    assertThat(c.storylineOf("a3")).isEqualTo(c.storylineOf("a1"));
    assertThat(c.denseStorylines()).isEqualTo(4);
  }

  /** The article with a unit vector of its own (seeded by its id), so that it enters the dense index. */
  private static ArticleFeatures withDense(ArticleFeatures f) {
    SplittableRandom r = new SplittableRandom(f.id().hashCode());
    float[] v = new float[8];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return new ArticleFeatures(f.id(), f.time(), Vectors.normalised(v), f.terms(), f.entities());
  }

  @Test
  void differentNamesKeepTemplatedReportsApart() {
    // The same wording about two different towns and victims: two events, two storylines.
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.LEXICAL);
    background(0).forEach(c::assign);
    // (names are words of the text too, and a report names its town and people more than once)
    String words = "fire destroyed warehouse killing firefighter blaze roof collapsed";
    String x = " lumby greta norraser lumby norraser lumby";
    String y = " belford nadia corbel belford corbel belford";
    c.assign(article("x1", 0, words + x + " crews", "lumby,greta norraser,marek quidski"));
    c.assign(article("x2", 0, words + x + " smoke", "lumby,greta norraser,marek quidski"));
    c.assign(article("y1", 1, words + y + " crews", "belford,nadia corbel,tomas vey"));
    c.assign(article("y2", 1, words + y + " smoke", "belford,nadia corbel,tomas vey"));
    c.consolidate();
    assertThat(c.eventOf("x2")).isEqualTo(c.eventOf("x1"));
    assertThat(c.eventOf("y2")).isEqualTo(c.eventOf("y1"));
    assertThat(c.eventOf("y1")).isNotEqualTo(c.eventOf("x1"));
    assertThat(c.storylineOf("y1")).isNotEqualTo(c.storylineOf("x1"));
  }

  @Test
  void syndicatedCopiesJoinTheirOriginal() {
    IncrementalStoryClusterer c = new IncrementalStoryClusterer(ClusterParams.LEXICAL);
    background(0).forEach(c::assign);
    String event = c.assign(article("orig", 0, "kestrel recall bike battery fire", "kestrel motors"));
    assertThat(c.attachCopy("copy1", "orig")).isEqualTo(event);
    assertThat(c.attachCopy("copy2", "orig")).isEqualTo(event);
    assertThat(c.assign(article("other", 0, "kestrel recall bike battery charging", "kestrel motors"))).isEqualTo(event);
    assertThat(c.stories()).filteredOn(s -> s.contains("orig")).singleElement()
        .isEqualTo(List.of("orig", "copy1", "copy2", "other"));
  }

  @Test
  void theShippedModelLoadsAndKeepsTimeOutOfStorylines() {
    JoinModel m = JoinModel.shipped();
    assertThat(m.storyline().usesTime()).isFalse();
    assertThat(JoinModel.read(m.toJson())).isEqualTo(m);
    assertThat(ClusterParams.DEFAULT.eventExpiryDays()).isBetween(1.0, 30.0);
    double[] onlyTime = new double[JoinModel.FEATURES.size()];
    onlyTime[JoinModel.LOG_GAP] = -1;
    JoinModel.Weights timed = new JoinModel.Weights(0, onlyTime, 0);
    assertThatThrownBy(() -> new JoinModel(m.event(), timed, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time");
  }
}
