package org.storyfuse.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRougeCommandTest {

  /** Two made-up clusters of two articles each; the references reuse article wording. */
  private static final String DATA = String.join("\n",
      "{\"cluster_id\":\"flood\",\"articles\":["
          + "{\"id\":\"f1\",\"text\":\"Valmora port closes after floods\\n\\nThe Port of Valmora closed on Monday after the Tessin River flooded its quays. "
          + "About four thousand residents of the Marnet district were moved to school halls overnight.\"},"
          + "{\"id\":\"f2\",\"text\":\"Tessin floods shut Valmora\\n\\nFloods from the Tessin River shut the Port of Valmora and forced residents of Marnet from their homes. "
          + "Harbour officials expect the quays to reopen by the end of the month at the earliest.\"}],"
          + "\"summaries\":[\"The Tessin River flooded the Port of Valmora, which closed on Monday. Residents of Marnet were moved to school halls.\","
          + "\"Floods shut the Port of Valmora; officials expect it to reopen by the end of the month.\"]}",
      "{\"cluster_id\":\"recall\",\"articles\":["
          + "{\"id\":\"r1\",\"text\":\"Kestrel recalls K2 e-bikes\\n\\nKestrel Motors recalled twelve thousand K2 e-bikes on Tuesday after battery fires in three cities. "
          + "Owners were told to stop charging the bikes until a dealer replaces the battery pack.\"},"
          + "{\"id\":\"r2\",\"text\":\"Battery fires force e-bike recall\\n\\nBattery fires in three cities forced Kestrel Motors to recall its K2 electric bicycles this week. "
          + "The company said no rider had been hurt but that the fault affects every bike built last spring.\"}],"
          + "\"summary\":\"Kestrel Motors recalled its K2 e-bikes after battery fires in three cities; owners must stop charging them.\"}",
      "");

  @Test
  void printsOneRowPerSystemOnATinySet(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.jsonl");
    Files.writeString(file, DATA);
    CliRun run = CliRun.of("eval", "rouge", file.toString(), "--words", "30");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 clusters with references, summaries cut to 30 words")
        .contains("| system", "R-1 F1", "R-2 F1", "R-L F1", "| Lead ", "| LexRank ", "| Centroid ", "| Storyfuse ");
    // every row is scored on both clusters and no summary is longer than the budget
    run.out().lines().filter(l -> l.matches("\\| (Lead|LexRank|Centroid|Storyfuse) .*")).forEach(l -> {
      String[] cells = l.split("\\|");
      assertThat(Double.parseDouble(cells[2].strip())).as(l).isBetween(0.0, 1.0);
      assertThat(Double.parseDouble(cells[8].strip())).as(l).isLessThanOrEqualTo(30.0);
      assertThat(cells[9].strip()).as(l).isEqualTo("2");
    });
  }

  @Test
  void missingDataIsAOneLineError(@TempDir Path dir) {
    CliRun run = CliRun.of("eval", "rouge", dir.resolve("none.jsonl").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no such file");
  }
}
