package org.storyfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.eval.SeedEvaluation;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "seeds",
    mixinStandardHelpOptions = true,
    description = "Extracts a folder of reports with a gold.json beside them (../shared/seeds) and checks "
        + "publication dates, titles, boilerplate removal and grouping per file.")
final class EvalSeedsCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/seeds",
      description = "folder with the reports and gold.json (default: ${DEFAULT-VALUE})")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Path gold = dir.resolve("gold.json");
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(gold + ": no such file");
    }
    IngestResult read = new Ingestor(new Extractor(), IngestOptions.defaults())
        .ingest(List.of(dir.resolve("*.txt").toString()), (done, total) -> { });
    read.problems().forEach(p -> System.err.println("storyfuse: " + p));
    SeedEvaluation.Report report = SeedEvaluation.run(gold, read.articles(), new StoryClusterer());
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
