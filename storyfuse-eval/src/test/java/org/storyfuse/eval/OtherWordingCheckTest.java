package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Brief;
import org.storyfuse.render.SourceTexts;

/** Made-up brief: a claim with two other wordings, one labelled the same fact, one not, one unlabelled. */
class OtherWordingCheckTest {

  private static final String CLAIM = "The Port of Valmora closed all five terminals after the river flooded them.";

  private static Brief brief() {
    List<Brief.Source> sources = List.of(
        new Brief.Source(1, "art-a", "a.txt", "Wire A", "Port", null, "2026-03-10", false, null),
        new Brief.Source(2, "art-b", "b.txt", "Wire B", "Port", null, "2026-03-10", false, null),
        new Brief.Source(3, "art-c", "c.txt", "Wire C", "Port", null, "2026-03-10", false, null),
        new Brief.Source(4, "art-d", "d.txt", "Wire D", "Port", null, "2026-03-10", false, null));
    Brief.CorroboratedClaim claim = new Brief.CorroboratedClaim(CLAIM, List.of(1), 1,
        List.of(new Brief.SentenceRef(1, 0)), List.of(
            new Brief.Claim("…shut its five terminals", List.of(2), List.of(new Brief.SentenceRef(2, 1))),
            new Brief.Claim("Dock workers walked out…", List.of(3), List.of(new Brief.SentenceRef(3, 0))),
            new Brief.Claim("The harbour reopened.", List.of(4), List.of(new Brief.SentenceRef(4, 0)))));
    return new Brief("s1", "Port", new Brief.TimeSpan(null, null), sources, List.of(), List.of(claim), List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  private static SourceTexts texts() {
    return new SourceTexts(Map.of(
        1, List.of(CLAIM),
        2, List.of("Rain fell all week.", "Floodwater forced Valmora's harbour to shut its five terminals."),
        3, List.of("Dock workers walked out over unpaid night shifts."),
        4, List.of("The harbour reopened.")));
  }

  @Test
  void pairsCarryTheFullSentenceTheExcerptWasCutFrom() {
    List<OtherWordingCheck.Pair> pairs = OtherWordingCheck.pairs(brief(), texts(), s -> "T1");
    assertThat(pairs).extracting(OtherWordingCheck.Pair::sentenceText).containsExactly(
        "Floodwater forced Valmora's harbour to shut its five terminals.",
        "Dock workers walked out over unpaid night shifts.", "The harbour reopened.");
    assertThat(pairs.get(0).articleId()).isEqualTo("art-b");
    assertThat(pairs.get(0).sentence()).isEqualTo(1);
  }

  @Test
  void precisionCountsLabelledPairsOnlyAndReportsTheUnlabelled(@TempDir Path dir) throws Exception {
    String key = OtherWordingCheck.digest(CLAIM);
    Path tsv = dir.resolve("labels.tsv");
    Files.writeString(tsv, String.join("\n",
        "group\tarticle_id\tsentence\tsame\tclaim_key\tclaim\tsentence_text",
        "T1\tart-b\t1\t1\t" + key + "\t\t",
        "T1\tart-c\t0\t0\t" + key + "\t" + CLAIM + "\tDock workers walked out over unpaid night shifts.") + "\n");
    List<OtherWordingCheck.Pair> unlabelled = new ArrayList<>();
    Map<String, OtherWordingCheck.Tally> tally = OtherWordingCheck.tally(
        OtherWordingCheck.pairs(brief(), texts(), s -> "T1"), OtherWordingCheck.readLabels(tsv), unlabelled);
    assertThat(tally.get("T1")).isEqualTo(new OtherWordingCheck.Tally(1, 1, 1));
    assertThat(tally.get("T1").precision()).isEqualTo(0.5);
    assertThat(unlabelled).singleElement().satisfies(p -> assertThat(p.articleId()).isEqualTo("art-d"));
    assertThat(OtherWordingCheck.unlabelledLine(unlabelled.get(0))).startsWith("T1\tart-d\t0\t?\t" + key + "\t");
  }
}
