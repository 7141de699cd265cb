package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.article;

import org.junit.jupiter.api.Test;

/** A person is never only initials ("F. B. I." as tokenised text writes it); a lone letter names nothing (made-up report). */
class EntityNamesOfInitialsTest {

  @Test
  void spacedInitialsAreNoPersonAndALoneLetterIsNoEntity() {
    AnalyzedArticle a = Analyzers.rapid().analyze(article("initials", "2026-03-11",
        "Agents of the F. B. I. searched the harbour office of Lena Vos in Tessel on Monday.",
        "Representative Karl Brandt, D-Tessel, asked the W. H. O. to send doctors to the valley."));
    assertThat(a.mentions()).noneMatch(m -> m.kind() == EntityKind.PERSON && m.text().matches("(\\p{Lu}\\.\\s?)+"));
    assertThat(a.mentions()).noneMatch(m -> m.text().codePoints().filter(Character::isLetter).count() < 2);
    assertThat(a.mentions()).anyMatch(m -> m.name().equals("Lena Vos") && m.kind() == EntityKind.PERSON);
  }
}
