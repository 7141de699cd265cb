package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyfuse.model.PublicationDate;

class MetadataMatchTest {

  @Test
  void titlesMatchIgnoringCaseWhitespaceQuotesAndDashes() {
    assertThat(MetadataMatch.titleMatches("Why it’s  hard – a guide", "why it's hard - a guide")).isTrue();
    assertThat(MetadataMatch.titleMatches("Why it is hard", "Why it's hard")).isFalse();
    assertThat(MetadataMatch.titleMatches(null, "x")).isFalse();
  }

  @Test
  void datesMatchOnTheSameDayOrMonthWhenOnlyAMonthIsGiven() {
    PublicationDate d = PublicationDate.stated(LocalDate.of(2025, 11, 3), "x");
    assertThat(MetadataMatch.dateMatches(d, "2025-11-03")).isTrue();
    assertThat(MetadataMatch.dateMatches(d, "2025-11-03T23:00:00Z")).isTrue();
    assertThat(MetadataMatch.dateMatches(d, "2025-11-04")).isFalse();
    assertThat(MetadataMatch.dateMatches(d, "2025-11")).isTrue();
    assertThat(MetadataMatch.dateMatches(d, "2025-10")).isFalse();
    assertThat(MetadataMatch.dateMatches(d, "not a date")).isFalse();
    assertThat(MetadataMatch.dateMatches(null, "2025-11-03")).isFalse();
  }

  @Test
  void authorsMatchByNameTokens() {
    assertThat(MetadataMatch.authorMatches("By Holly Wilgus", "Holly Wilgus, E-RYT 200")).isTrue();
    assertThat(MetadataMatch.authorMatches("José Álvarez", "Jose Alvarez")).isTrue();
    assertThat(MetadataMatch.authorMatches("Danielle DeSiato, Donna Enzmann and Natalie Nguyen",
        "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen")).isTrue();
    assertThat(MetadataMatch.authorMatches("Jane", "Jane Doe")).isFalse();
    assertThat(MetadataMatch.authorMatches("John Roe", "Jane Doe")).isFalse();
    assertThat(MetadataMatch.authorMatches("Staff", "Staff")).isFalse();
  }
}
