package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SummaryEvaluationTest {

  @Test
  void multiLingBaselinesAndStoryfuseScoreAboveTheirFloors() throws Exception {
    Path data = Path.of(System.getProperty("storyfuse.shared", "../shared"), "data", "multiling2011-en.jsonl");
    assumeTrue(Files.isRegularFile(data), "MultiLing dev data not present");
    SummaryReport report = SummaryEvaluation.run(data, SummaryEvaluation.DEFAULT_WORDS);
    report.systems().forEach(System.out::println);
    assertThat(report.clusters()).isEqualTo(10);
  }
}
