package org.storyfuse.eval.cli;

import org.storyfuse.cli.AnalysisOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.SeedEvaluation;
import org.storyfuse.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "seeds",
    mixinStandardHelpOptions = true,
    description = "Extracts a folder of reports with a gold.json beside them (../shared/seeds) and checks "
        + "publication dates, titles, boilerplate removal and grouping per file.")
final class EvalSeedsCommand implements Callable<Integer> {

  @Mixin GoldFolderArgument folder;

  @Override
  public Integer call() throws Exception {
    GoldFolder reports = folder.read();
    Path gold = reports.gold();
    IngestResult read = reports.read();
    SeedEvaluation.Report report = SeedEvaluation.run(gold, read.articles(), AnalysisOptions.withoutAnalysis(2));
    Table table = new Table("file", "published (gold)", "published (ours)", "date", "title (ours)", "title",
        "boilerplate left", "paragraphs");
    for (SeedEvaluation.FileResult f : report.files()) {
      table.row(f.file(),
          f.expectedDate() + (f.expectedInferred() ? " inferred" : ""),
          f.actualDate() + (f.actualInferred() ? " inferred" : ""),
          f.dateOk() ? "ok" : "WRONG",
          abbreviate(f.actualTitle()),
          f.titleOk() ? "ok" : "WRONG",
          f.boilerplateOk() ? "none" : String.join("; ", f.boilerplateKept()),
          f.paragraphs());
    }
    System.out.print(table);
    System.out.printf("%ngold clusters kept whole: %d of %d (%d stories found)%n",
        report.goldClustersIntact(), report.goldClusters(), report.stories());
    return report.allOk() ? 0 : 1;
  }

  private static String abbreviate(String title) {
    if (title == null) {
      return "(none)";
    }
    return title.length() <= 48 ? title : title.substring(0, 47) + "…";
  }
}
