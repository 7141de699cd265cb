package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer of the other-wording decision on made-up pairs. */
class OtherWordingTrainerTest {

  private static OtherWordingTrainer.Example ex(String group, boolean same, double x) {
    return new OtherWordingTrainer.Example(group, same, new double[] {x});
  }

  @Test
  void aFeatureThatSeparatesGetsAWeightOfItsSignAndCrossValidationHoldsEachGroupOut() {
    List<OtherWordingTrainer.Example> data = List.of(ex("A", true, 0.9), ex("A", false, 0.1), ex("A", true, 0.7),
        ex("B", false, 0.2), ex("B", true, 0.8), ex("B", false, 0.6), ex("C", true, 0.75), ex("C", false, 0.3));
    OtherWordingTrainer.Model m = OtherWordingTrainer.fit(data, 0.1);
    assertThat(m.weights()[0]).isPositive();
    assertThat(m.probability(new double[] {0.9})).isGreaterThan(m.probability(new double[] {0.1}));
    double[] p = OtherWordingTrainer.crossValidate(data, 0.1);
    // every pair is scored by a model that did not see its group, here still in the same order
    assertThat(p[0]).isGreaterThan(p[1]);
    OtherWordingTrainer.Point at = OtherWordingTrainer.choose(data, p, 2.0 / 3);
    // at least two thirds of the 4 true pairs, and better than keeping all (4 of 8); each fold's
    // probabilities come from its own model, so pooled they need not separate perfectly
    assertThat(at.same()).isGreaterThanOrEqualTo(3);
    assertThat(at.precision()).isGreaterThan(0.5);
  }

  @Test
  void onlyLabelledPairsTheDecisionRulesOnAreExamplesAndTheHeldOutHalfIsLeftOut(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("features.tsv");
    String header = "claim\tarticle_id\tsentence\tstates\tother_figures\taligned\tsame_occasion\t"
        + String.join("\t", OtherWordingTrainer.FEATURES);
    String values = "\t0.1000\t0.2000\t0.3000\t0.0000\t0.5000";
    Files.write(log, List.of(header,
        "The quay reopened.\tx\t1\t0\t0\t1.0000\t0.0000" + values, // aligned, labelled: an example
        "The quay reopened.\tx\t1\t0\t0\t1.0000\t0.0000" + values, // the same pair again: once
        "The quay reopened.\tx\t2\t1\t0\t1.0000\t0.0000" + values, // states the claim: cited, not ruled on
        "The quay reopened.\tx\t3\t0\t0\t0.0000\t0.0000" + values, // neither aligned nor same occasion
        "The quay reopened.\ty\t1\t0\t0\t1.0000\t0.0000" + values), // held-out group
        StandardCharsets.UTF_8);
    String claim = OtherWordingCheck.digest("The quay reopened.");
    Map<String, OtherWordingCheck.Label> labels = Map.of(
        OtherWordingCheck.key("The quay reopened.", "x", 1), new OtherWordingCheck.Label("T", "", "x", 1, true, ""),
        OtherWordingCheck.key("The quay reopened.", "x", 2), new OtherWordingCheck.Label("T", "", "x", 2, true, ""),
        OtherWordingCheck.key("The quay reopened.", "x", 3), new OtherWordingCheck.Label("T", "", "x", 3, false, ""),
        OtherWordingCheck.key("The quay reopened.", "y", 1), new OtherWordingCheck.Label("H", "", "y", 1, false, ""));
    assertThat(claim).hasSize(12);
    List<OtherWordingTrainer.Example> out = OtherWordingTrainer.examples(log, labels, Set.of("H"));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.group()).isEqualTo("T");
      assertThat(e.same()).isTrue();
      assertThat(e.x()).containsExactly(0.1, 0.2, 0.3, 0.0, 0.5);
    });
  }
}
