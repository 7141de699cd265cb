package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.analyze.Analyzers.quoteContaining;
import static org.storyfuse.analyze.Analyzers.time;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LEAN (distilled perceptron taggers instead of CoreNLP's POS tagger and CRF) on the made-up flood
 * report: the same dates as RAPID, the same speakers and people (a person may be named by surname
 * only: "Deputy Interior Minister Elena Marsh" comes out as "Marsh", a gap docs/EVALUATION.md
 * measures), no person RAPID does not find.
 */
class AnalyzerLeanTest {

  static AnalyzedArticle lean;

  @BeforeAll
  static void analyse() {
    lean = Analyzers.lean().analyze(AnalyzerRulesTest.FLOOD);
  }

  @Test
  void chainReadsWithTheTaggersAndTheTimeRules() {
    assertThat(Analyzers.lean().chain().toString()).contains("LeanAnnotator", "TimeRulesAnnotator")
        .doesNotContain("CoreNlpAnnotator");
    assertThat(lean.profile()).isEqualTo(Profile.LEAN);
  }

  @Test
  void sameSpeakersAsRapid() {
    assertThat(quoteContaining(lean, "open the spillways").speaker()).endsWith("Marsh");
    assertThat(quoteContaining(lean, "Ships are waiting offshore").speaker()).isEqualTo("Tomas Greer");
    assertThat(quoteContaining(lean, "No family in the valley").speaker()).isEqualTo("Ana Ruiz");
    assertThat(quoteContaining(lean, "water level has peaked").speaker()).isEqualTo("Paul Okafor");
    assertThat(quoteContaining(lean, "levee held through the night").speaker()).isEqualTo("Ivo Lind");
  }

  @Test
  void sameDatesAsRapid() {
    assertThat(time(lean, "Monday").date()).isEqualTo("2022-01-10");
    assertThat(time(lean, "Saturday").date()).isEqualTo("2022-01-15");
    assertThat(time(lean, "Last month").date()).isEqualTo("2021-12");
    assertThat(time(lean, "2014").date()).isEqualTo("2014");
    assertThat(lean.times()).isEqualTo(Analyzers.rapid().analyze(AnalyzerRulesTest.FLOOD).times());
  }

  @Test
  void samePeopleAndPlacesAsRapid() {
    AnalyzedArticle rapid = Analyzers.rapid().analyze(AnalyzerRulesTest.FLOOD);
    java.util.Set<String> rapidPeople = names(rapid, EntityKind.PERSON);
    java.util.Set<String> leanPeople = names(lean, EntityKind.PERSON);
    assertThat(leanPeople).containsAll(java.util.List.of("Ana Ruiz", "Ivo Lind", "Paul Okafor", "Tomas Greer"));
    for (String person : leanPeople) {
      assertThat(rapidPeople).anyMatch(r -> r.equals(person) || r.endsWith(" " + person));
    }
    assertThat(names(lean, EntityKind.LOCATION)).containsAll(names(rapid, EntityKind.LOCATION));
  }

  @Test
  void theSameArticleReadsTheSameEveryTime() {
    assertThat(Analyzers.lean().analyze(AnalyzerRulesTest.FLOOD)).isEqualTo(lean);
  }

  private static java.util.Set<String> names(AnalyzedArticle a, EntityKind kind) {
    return a.entities().stream().filter(e -> e.kind() == kind).map(Entity::name)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }
}
