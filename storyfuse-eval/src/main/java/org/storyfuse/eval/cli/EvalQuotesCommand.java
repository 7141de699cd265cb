package org.storyfuse.eval.cli;

import org.storyfuse.cli.ProblemReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.CitationCheck;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.pipeline.PipelineListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the briefs of each PATH and checks every citation and every direct quote against the "
          + "cited sources' own sentences: citation precision (a citation [n] is supported when source n's "
          + "cited sentence holds the item verbatim, or all its figures and at least 60%% of its content words) "
          + "and quotes verbatim (a quote shown as direct appears in each cited source, modulo case, whitespace "
          + "and quote-mark style).",
      "Exit status: 0 when every citation is supported and every direct quote verbatim, 1 otherwise."
    })
final class EvalQuotesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "files, folders or globs, each checked on its own (default: ../shared/seeds, samples/corpus, "
          + "../shared/data/multiling2011-articles.jsonl)")
  List<String> paths = new ArrayList<>();

  @Option(names = "--failures", paramLabel = "N", description = "failures listed per PATH (default: ${DEFAULT-VALUE})")
  int failures = 10;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() {
    List<String> inputs = paths.isEmpty()
        ? List.of("../shared/seeds/*.txt", "samples/corpus", "../shared/data/multiling2011-articles.jsonl")
        : paths;
    Table table = new Table("path", "briefs", "citations", "supported", "precision", "direct quotes × sources",
        "verbatim", "share");
    List<String> notes = new ArrayList<>();
    boolean clean = true;
    for (String path : inputs) {
      IngestResult read = new Ingestor(new Extractor(), IngestOptions.defaults()).ingest(List.of(path));
      ProblemReport.print(read, System.err);
      if (read.articles().isEmpty()) {
        System.err.println("storyfuse: " + path + ": no article could be read");
        clean = false;
        continue;
      }
      BatchResult result = analysis.pipeline(org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS, 2, true)
          .run(read.articles(), PipelineListener.SILENT);
      CitationCheck.Report r = BriefCitations.check(result);
      table.row(path, result.briefs().size(), r.citations().size(), r.supported(), percent(r.precision()),
          r.quotes().size(), r.verbatim(), percent(r.verbatimShare()));
      clean &= r.supported() == r.citations().size() && r.verbatim() == r.quotes().size();
      int listed = 0;
      for (CitationCheck.Citation c : r.citations()) {
        if (!c.supported() && listed++ < failures) {
          notes.add(path + ": " + c.section() + " [" + c.source() + "] unsupported: " + c.why() + " — " + c.text());
        }
      }
      for (CitationCheck.QuoteCheck q : r.quotes()) {
        if (!q.verbatim() && listed++ < failures) {
          notes.add(path + ": quote not verbatim in [" + q.source() + "]: " + q.speaker() + ": \"" + q.text() + "\"");
        }
      }
    }
    System.out.print(table);
    notes.forEach(n -> System.out.println("  " + n));
    return clean ? 0 : 1;
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
