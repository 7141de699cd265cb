package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;

/**
 * The issue's targets on the five seed reports (../shared/seeds, gold.json): every gold quote with
 * its speaker in every file that carries it, every gold timeline date, all gold people found, all
 * gold roles. Uses the test stand-in reader {@link SeedArticles} until the ingest branch lands.
 */
class AnalysisSeedsTest {

  static AnalysisEvaluation.Report evaluate(Analyzer analyzer) throws Exception {
    Path seeds = SeedArticles.seeds();
    assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "../shared/seeds is missing");
    List<AnalyzedArticle> analysed = analyzer.analyzeAll(SeedArticles.read(seeds), 2);
    AnalysisEvaluation.Report r = AnalysisEvaluation.run(seeds.resolve("gold.json"), analysed);
    print(analyzer.profile(), r);
    return r;
  }

  static void print(Profile profile, AnalysisEvaluation.Report r) {
    System.out.printf("%s: persons %d/%d, organizations %d/%d, locations %d/%d, roles %d/%d, "
            + "quotes found %d/%d, with right speaker %d/%d, timeline %d/%d%n", profile,
        r.entitiesFound("person"), r.entities("person"), r.entitiesFound("organization"), r.entities("organization"),
        r.entitiesFound("location"), r.entities("location"), r.rolesOk(), r.roles().size(),
        r.quotesFound(), r.quotes().size(), r.quotesOk(), r.quotes().size(), r.timelineOk(), r.timeline().size());
    r.entities().stream().filter(e -> !e.found()).forEach(e -> System.out.println("  missing entity " + e));
    r.roles().stream().filter(e -> !e.ok()).forEach(e -> System.out.println("  wrong role " + e));
    r.quotes().stream().filter(e -> !e.ok()).forEach(e -> System.out.println("  wrong quote " + e));
    r.timeline().stream().filter(e -> !e.ok()).forEach(e -> System.out.println("  wrong date " + e));
  }

  @Test
  void fullProfileMeetsTheIssueTargets() throws Exception {
    // FULL without embeddings (no measure here uses them); FAST and RAPID have none by default
    AnalysisEvaluation.Report r = evaluate(new Analyzer(Profile.FULL));
    assertThat(r.quotes()).allMatch(AnalysisEvaluation.QuoteResult::ok);
    assertThat(r.timeline()).allMatch(AnalysisEvaluation.TimelineResult::ok);
    assertThat(r.entities()).filteredOn(e -> e.type().equals("person")).allMatch(AnalysisEvaluation.EntityResult::found);
    assertThat(r.roles()).allMatch(AnalysisEvaluation.RoleResult::ok);
    assertThat(r.entities()).allMatch(AnalysisEvaluation.EntityResult::found);
  }

  @Test
  void fastProfileKeepsQuotesAndDates() throws Exception {
    AnalysisEvaluation.Report r = evaluate(new Analyzer(Profile.FAST));
    assertThat(r.quotes()).allMatch(AnalysisEvaluation.QuoteResult::ok);
    assertThat(r.timeline()).allMatch(AnalysisEvaluation.TimelineResult::ok);
  }

  @Test
  void rapidProfileMeetsTheIssueTargetsLikeFast() throws Exception {
    AnalysisEvaluation.Report r = evaluate(new Analyzer(Profile.RAPID));
    assertThat(r.quotes()).allMatch(AnalysisEvaluation.QuoteResult::ok);
    assertThat(r.timeline()).allMatch(AnalysisEvaluation.TimelineResult::ok);
    assertThat(r.roles()).allMatch(AnalysisEvaluation.RoleResult::ok);
    assertThat(r.entities()).allMatch(AnalysisEvaluation.EntityResult::found);
  }
}
