package org.storyfuse.eval.cli;

import org.storyfuse.pipeline.PipelineListener;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.BriefEvaluation;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.StoryPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the brief of a folder of reports with a gold.json beside them (../shared/seeds) and checks "
          + "every gold timeline event, quote, corroborated claim and discrepancy against it, item by item.",
      "Exit status: 0 when every item is found, 1 otherwise."
    })
final class EvalBriefCommand implements Callable<Integer> {

  @Mixin GoldFolderArgument folder;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    GoldFolder reports = folder.read();
    IngestResult read = reports.read();
    org.storyfuse.pipeline.BatchResult result = analysis.pipeline(org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS, 2, true)
        .run(read.articles(), PipelineListener.SILENT);
    List<Brief> briefs = result.briefs();
    if (briefs.isEmpty()) {
      throw new IllegalArgumentException(folder.dir + ": no article could be read");
    }
    // the gold story is the folder's one story: the largest brief
    Brief brief = briefs.stream().max(Comparator.comparingInt(b -> b.sources().size())).orElseThrow();
    BriefEvaluation.Report report = BriefEvaluation.run(reports.gold(), brief);
    Table table = new Table("section", "gold item", "result", "the brief says");
    for (BriefEvaluation.Item i : report.items()) {
      table.row(i.section(), i.gold(), i.status().name().toLowerCase(java.util.Locale.ROOT), i.brief());
    }
    System.out.print(table);
    System.out.println();
    Table scores = new Table("section", "found", "of");
    report.scores().forEach((section, s) -> scores.row(section, s[0], s[1]));
    int story = briefs.indexOf(brief);
    org.storyfuse.eval.CitationCheck.Report cites = BriefCitations.check(brief, result.stories().get(story).members(),
        new org.storyfuse.text.SentenceSplitter());
    System.out.print(scores);
    System.out.println();
    // a table of its own: the gold scores keep their layout
    Table checks = new Table("check", "passed", "of", "share");
    checks.row("citation precision", cites.supported(), cites.citations().size(), EvalQuotesCommand.percent(cites.precision()));
    checks.row("quotes verbatim", cites.verbatim(), cites.quotes().size(), EvalQuotesCommand.percent(cites.verbatimShare()));
    System.out.print(checks);
    for (org.storyfuse.eval.CitationCheck.Citation c : cites.citations()) {
      if (!c.supported()) {
        System.out.println("  unsupported " + c.section() + " [" + c.source() + "]: " + c.why() + " — " + c.text());
      }
    }
    for (org.storyfuse.eval.CitationCheck.QuoteCheck q : cites.quotes()) {
      if (!q.verbatim()) {
        System.out.println("  not verbatim in [" + q.source() + "]: " + q.speaker() + ": \"" + q.text() + "\"");
      }
    }
    return report.allFound() ? 0 : 1;
  }
}
