package org.storyfuse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.model.Article;

class AnalysisBenchmarkTest {

  @Test
  void corpusIsDeterministicAndAboutTheRequestedLength() {
    List<Article> a = AnalysisBenchmark.corpus(20, 700, 7);
    assertThat(a).isEqualTo(AnalysisBenchmark.corpus(20, 700, 7));
    double words = a.stream().mapToInt(x -> x.text().split("\\s+").length).average().orElse(0);
    assertThat(words * 1.2).isBetween(650.0, 850.0);
  }

  @Test
  void runReportsThroughput() {
    // a warm-up longer than the corpus reads it again from its start
    AnalysisBenchmark.Row row = AnalysisBenchmark.run(new Analyzer(Profile.RAPID), AnalysisBenchmark.corpus(4, 700, 1), 2, 6);
    assertThat(row.articles()).isEqualTo(4);
    assertThat(row.tokens()).isGreaterThan(4 * 500L);
    assertThat(row.articlesPerSecond()).isPositive();
    assertThat(row.peakHeapMb()).isPositive();
    assertThat(row.cpuMsPerArticle()).isPositive();
  }
}
