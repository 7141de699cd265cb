package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityNamesTest {

  @Test
  void spellingsOfOneEntityShareAKey() {
    assertThat(EntityNames.key("U.S.")).isEqualTo(EntityNames.key("United States"));
    assertThat(EntityNames.key("US")).isEqualTo(EntityNames.key("United States"));
    assertThat(EntityNames.key("Nato")).isEqualTo(EntityNames.key("NATO"));
    assertThat(EntityNames.key("North Atlantic Treaty Organization")).isEqualTo("nato");
    assertThat(EntityNames.key("Tass")).isEqualTo(EntityNames.key("TASS"));
    assertThat(EntityNames.key("the Kremlin")).isEqualTo(EntityNames.key("Kremlin"));
    assertThat(EntityNames.key("Zürich")).isEqualTo(EntityNames.key("Zurich"));
  }

  @Test
  void surnameMatchesFullName() {
    assertThat(EntityNames.sameEntity("Ryabkov", "Sergei Ryabkov")).isTrue();
    assertThat(EntityNames.sameEntity("Sergei Ryabkov", "Ryabkov")).isTrue();
    assertThat(EntityNames.sameEntity("Sergei Lavrov", "Sergei Ryabkov")).isFalse();
    assertThat(EntityNames.sameEntity("Sergei", "Sergei Ryabkov")).isFalse();
  }
}
