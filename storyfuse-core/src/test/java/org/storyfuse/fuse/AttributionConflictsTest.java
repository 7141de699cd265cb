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
}
