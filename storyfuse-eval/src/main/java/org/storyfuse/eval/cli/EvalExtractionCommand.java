package org.storyfuse.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyfuse.eval.ExtractionEvaluation;
import org.storyfuse.eval.ExtractionReport;
import org.storyfuse.eval.SitePart;
import org.storyfuse.ingest.html.HtmlArticleExtractor;
import org.storyfuse.ingest.html.ParagraphFilter;
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

  @Option(names = "--part", paramLabel = "PART",
      description = "which sites' pages: all, tune or held-out (a fixed split by a hash of the host; default: all)")
  String part = "all";

  @Option(names = "--pages", paramLabel = "FILE", description = "also write every page's scores as TSV")
  Path pagesFile;

  @Option(names = "--without-filter",
      description = "score the extractor without its learned paragraph filter (paragraph-filter.tsv), for comparison")
  boolean withoutFilter;

  @Option(names = "--as-text",
      description = "score the plain-text extractor instead, on each page rendered as a browser's copy of its "
          + "visible text (a block a line, blank lines around paragraphs): what a .txt dump of the page gives")
  boolean asText;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": no such folder");
    }
    long start = System.nanoTime();
    SitePart sitePart = switch (part.toLowerCase(java.util.Locale.ROOT)) {
      case "all" -> SitePart.ALL;
      case "tune" -> SitePart.TUNE;
      case "held-out", "heldout", "held_out" -> SitePart.HELD_OUT;
      default -> throw new IllegalArgumentException("--part must be all, tune or held-out, not " + part);
    };
    if (asText && withoutFilter) {
      throw new IllegalArgumentException("--without-filter is an option of the HTML extractor, not of --as-text");
    }
    ExtractionEvaluation evaluation = asText ? ExtractionEvaluation.ofTextDumps()
        : withoutFilter ? new ExtractionEvaluation(new HtmlArticleExtractor(ParagraphFilter.NONE))
        : new ExtractionEvaluation();
    ExtractionReport report = evaluation.evaluate(dir, limit, sitePart);
    if (asText) {
      System.out.println("Plain-text extractor on the pages as text dumps (--as-text)");
    }
    if (sitePart != SitePart.ALL) {
      System.out.println("Part: " + sitePart.label() + " (sites split by a hash of the host; see SitePart)");
    }
    System.out.print(report.toTable());
    if (pagesFile != null) {
      StringBuilder tsv = new StringBuilder("page\tpart\tf1\tprecision\trecall\twords\turl"
          + "\ttitle_ok\ttitle\texpected_title\tdate_ok\tdate\texpected_date\tauthor_ok\tauthor\texpected_author\n");
      for (ExtractionReport.PageScore p : report.pages()) {
        tsv.append(String.format(java.util.Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f\t%d\t%s", p.id(),
            SitePart.of(p.url()).label(), p.f1(), p.precision(), p.recall(), p.words(), p.url()));
        // the metadata beside the body's score, to read a page's misses without rerunning it
        for (Object field : new Object[] {p.titleMatch(), p.title(), p.expectedTitle(), p.dateMatch(), p.date(),
            p.expectedDate(), p.authorMatch(), p.author(), p.expectedAuthor()}) {
          tsv.append('\t').append(tsvField(field));
        }
        tsv.append('\n');
      }
      Files.writeString(pagesFile, tsv);
    }
    if (worst > 0) {
      System.out.print(report.worstTable(worst));
    }
    System.out.printf("%n%.1f s%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** A TSV cell: empty for null, tabs and line breaks as spaces (page text is untrusted). */
  static String tsvField(Object value) {
    return value == null ? "" : value.toString().replaceAll("[\\t\\r\\n]+", " ");
  }
}
