package org.storyfuse.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfuse.eval.ParagraphFilterTraining;
import org.storyfuse.eval.SitePart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "train-extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the HTML extractor's learned paragraph filter on the tuning part of a WCXB-shaped folder "
          + "and prints the cross-validation (folds of sites) against no filter.",
      "With --out, writes the fitted weights there (the shipped file is "
          + "storyfuse-core/src/main/resources/org/storyfuse/ingest/html/paragraph-filter.tsv)."
    })
final class EvalTrainExtractionCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/data/wcxb-dev",
      description = "benchmark folder (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--out", paramLabel = "FILE", description = "write the fitted filter here")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": no such folder");
    }
    long start = System.nanoTime();
    ParagraphFilterTraining.Result r = ParagraphFilterTraining.train(dir, SitePart.TUNE);
    System.out.printf(Locale.ROOT, "Tuning part: %d pages, %d paragraphs; %d folds of sites%n", r.pages(),
        r.paragraphs(), 5);
    System.out.printf(Locale.ROOT, "no filter: mean per-page F1 %.5f; every paragraph labelled right: %.5f; "
        + "%.1f%% of paragraphs are the article's%n", r.baseline(), r.oracle(), 100 * r.positives());
    System.out.println("model\tthreshold\tCV mean per-page F1");
    for (ParagraphFilterTraining.Setting s : r.tried()) {
      System.out.printf(Locale.ROOT, "%s\t%.2f\t%.5f%n", s.model(), s.threshold(), s.meanF1());
    }
    ParagraphFilterTraining.Setting b = r.best();
    System.out.printf(Locale.ROOT, "best: %s, threshold %.2f: %.5f (no filter %.5f)%n",
        b.model(), b.threshold(), b.meanF1(), r.baseline());
    if (out != null) {
      String header = String.format(Locale.ROOT,
          "Learned paragraph filter: ./storyfuse eval train-extraction --out FILE (tuning part of %s).%n"
              + "%s; cross-validated mean per-page F1 %.5f against %.5f without it",
          dir.getFileName(), b.model(), b.meanF1(), r.baseline());
      Files.writeString(out, r.filter().toTsv(header));
      System.out.println("wrote " + out);
    }
    System.out.printf(Locale.ROOT, "%n%.1f s%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
