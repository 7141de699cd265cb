package org.storyfuse.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalProfilesCommandTest {

  /** One made-up cluster of four dated WikiNews-shaped articles: headline, dateline, body. */
  private static final String DATA = "{\"cluster_id\":\"port\",\"articles\":["
      + article("p1", "Valmora port closes after floods", "Monday, March 3, 2025",
          "The Port of Valmora closed on Sunday after the Tessin River flooded its quays. "
              + "\\\"We will reopen next week,\\\" harbour master Ona Karvel said.")
      + "," + article("p2", "Tessin floods shut Valmora", "Tuesday, March 4, 2025",
          "Floods from the Tessin River shut the Port of Valmora last weekend. Officials expect the quays to reopen by April.")
      + "," + article("p3", "Valmora counts flood damage", "Wednesday, March 5, 2025",
          "Insurers said on Tuesday that the damage in Valmora could reach twelve million euros.")
      + "," + article("p4", "Not read", "Thursday, March 6, 2025", "The cap of three articles leaves this one out.")
      + "]}\n";

  private static String article(String id, String title, String dateline, String body) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + title + "\\n\\n" + dateline + "\\n\\n" + body + "\"}";
  }

  @Test
  void comparesTheTwoProfilesOnACappedSet(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.jsonl");
    Files.writeString(file, DATA);
    CliRun run = CliRun.of("eval", "profiles", "-q", "--multiling", file.toString(), "--wcxb-max", "0",
        "--articles", "3", "--warmup", "0", "--reference", "fast", "--candidate", "rapid");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("4 MultiLing, 0 WCXB; 3 read, 3 compared, 0 skipped")
        .contains("| measure", "| FAST", "| RAPID", "| both", "| recall", "| precision")
        .contains("| time mentions", "| dated time mentions", "| entity mentions", "| quotes", "| thread CPU ms/article");
    // the datelines date the articles, so "Sunday" and "on Tuesday" resolve: the reference has dated times
    String dated = run.out().lines().filter(l -> l.startsWith("| dated time mentions")).findFirst().orElseThrow();
    assertThat(Integer.parseInt(dated.split("\\|")[2].strip())).isPositive();
  }

  @Test
  void missingDataIsAOneLineErrorWithStatusTwo(@TempDir Path dir) throws Exception {
    CliRun noMultiling = CliRun.of("eval", "profiles", "--multiling", dir.resolve("none.jsonl").toString());
    assertThat(noMultiling.status()).isEqualTo(2);
    assertThat(noMultiling.err().strip()).startsWith("storyfuse: ").contains("none.jsonl: no such file").doesNotContain("\n");

    Path file = Files.writeString(dir.resolve("tiny.jsonl"), DATA);
    CliRun noWcxb = CliRun.of("eval", "profiles", "--multiling", file.toString(), "--wcxb", dir.resolve("gt").toString());
    assertThat(noWcxb.status()).isEqualTo(2);
    assertThat(noWcxb.err()).contains("gt: no such folder");
  }
}
