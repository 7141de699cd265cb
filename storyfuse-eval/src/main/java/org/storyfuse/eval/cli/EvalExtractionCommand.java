package org.storyfuse.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyfuse.eval.ExtractionEvaluation;
import org.storyfuse.eval.ExtractionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores HTML main-content and metadata extraction on a WCXB-shaped folder "
          + "(html/NNNN.html[.gz] + ground-truth/NNNN.json).",
      "Body: bag-of-words precision/recall per page, averaged, F1 of the averages; "
          + "with/without snippet rates; title, date and author match rates."
    })
final class EvalExtractionCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/data/wcxb-dev",
      description = "benchmark folder (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N pages (default: all)")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--worst", paramLabel = "N", description = "also list the N pages with the lowest F1")
  int worst;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": no such folder");
    }
    long start = System.nanoTime();
    ExtractionReport report = ExtractionEvaluation.run(dir, limit);
    System.out.print(report.toTable());
    if (worst > 0) {
      System.out.print(report.worstTable(worst));
    }
    System.out.printf("%n%.1f s%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
