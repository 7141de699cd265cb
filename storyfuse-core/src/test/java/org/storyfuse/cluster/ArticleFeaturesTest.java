package org.storyfuse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article's term counts iterate in one order in every JVM: the clusterer numbers terms in the
 * order it meets them and sums in that order, so an order that changed from run to run (an immutable
 * map's) made a join at the threshold go either way.
 */
class ArticleFeaturesTest {

  @Test
  void termsAndLeadIterateInSortedOrder() {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : List.of("tessin", "port", "flood", "valmora", "quay", "andrade", "fund", "closed", "river")) {
      counts.put(t, t.length());
    }
    ArticleFeatures f = new ArticleFeatures("a", null, null, counts, counts, List.of(), List.of(), false);
    assertThat(List.copyOf(f.terms().keySet())).isSorted().hasSize(9);
    assertThat(List.copyOf(f.lead().keySet())).isSorted();
    assertThat(f.terms()).isEqualTo(counts);
  }
}
