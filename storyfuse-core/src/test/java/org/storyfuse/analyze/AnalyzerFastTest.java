package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.quoteContaining;
import static org.storyfuse.analyze.Analyzers.time;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FAST profile keeps speakers and dates of the FULL one on the made-up report. */
class AnalyzerFastTest {

  static AnalyzedArticle fast;

  @BeforeAll
  static void analyse() {
    fast = Analyzers.fast().analyze(AnalyzerRulesTest.FLOOD);
  }

  @Test
  void sameSpeakers() {
    assertThat(quoteContaining(fast, "open the spillways").speaker()).isEqualTo("Elena Marsh");
    assertThat(quoteContaining(fast, "Ships are waiting offshore").speaker()).isEqualTo("Tomas Greer");
    assertThat(quoteContaining(fast, "No family in the valley").speaker()).isEqualTo("Ana Ruiz");
    assertThat(quoteContaining(fast, "water level has peaked").speaker()).isEqualTo("Paul Okafor");
    assertThat(quoteContaining(fast, "levee held through the night").speaker()).isEqualTo("Ivo Lind");
  }

  @Test
  void sameDates() {
    assertThat(time(fast, "Monday").date()).isEqualTo("2022-01-10");
    assertThat(time(fast, "Saturday").date()).isEqualTo("2022-01-15");
    assertThat(time(fast, "Last month").date()).isEqualTo("2021-12");
    assertThat(time(fast, "2014").date()).isEqualTo("2014");
  }

  @Test
  void rolesFromTheLexiconWithoutFineGrainedNer() {
    assertThat(quoteContaining(fast, "northern dams").speakerRole()).isEqualTo("Deputy Interior Minister");
    assertThat(fast.mentions()).noneMatch(m -> m.nerTag().equals("CITY") || m.nerTag().equals("TITLE"));
    assertThat(fast.embeddings()).isEmpty();
  }
}
