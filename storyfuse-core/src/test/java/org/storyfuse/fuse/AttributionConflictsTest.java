package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionConflictsTest {

  private static final Set<String> PLACES = Set.of("valmora", "united states", "tessin");

  @Test
  void readsTheCountryOfAnActorFromAPossessiveOrFrom() {
    assertThat(AttributionConflicts.actors("Valmora's opposition lawmakers tabled a motion on Friday.", PLACES))
        .containsEntry("lawmakers", "valmora");
    assertThat(AttributionConflicts.actors("On Friday, lawmakers from the US governing party tabled a motion.", PLACES))
        .containsEntry("lawmakers", "united states");
  }

  @Test
  void ignoresNonActorsAndNamesThatAreNotPlaces() {
    assertThat(AttributionConflicts.actors("Valmora's demands were rejected.", PLACES)).isEmpty();
    assertThat(AttributionConflicts.actors("Andrade's advisers met the press.", PLACES)).isEmpty();
    assertThat(AttributionConflicts.actors("Officials from Harbor Daily said so.", PLACES)).isEmpty();
  }

  @Test
  void onlyPairsThatTieAnActorToDifferentPlacesAcrossSourcesNeedVectors() {
    // nodes 0..3 name actors; independent source of each node by index (node 4 names none)
    AttributionConflicts.Actors actors = new AttributionConflicts.Actors(java.util.List.of(0, 1, 2, 3),
        java.util.List.of(java.util.Map.of("lawmakers", "valmora"), java.util.Map.of("lawmakers", "valmora"),
            java.util.Map.of("officials", "tessin"), java.util.Map.of("lawmakers", "united states")));
    int[] independent = {1, 2, 2, 1, 3};
    // 0/1 agree, 0/2 and 1/2 and 2/3 share no actor, 0/3 same source; 1/3 disagree across sources
    assertThat(actors.needingVectors(independent).stream().boxed().toList()).containsExactly(1, 3);
    // claim alignment still compares all of them by meaning (two sources name actors)
    assertThat(actors.comparedByMeaning(independent).stream().boxed().toList()).containsExactly(0, 1, 2, 3);
    assertThat(actors.needingVectors(new int[] {1, 1, 1, 1, 1}).isEmpty()).isTrue();
  }
}
