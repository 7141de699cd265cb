package org.storyfuse.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Progress;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.AgreementCorpus;
import org.storyfuse.eval.AgreementReport;
import org.storyfuse.eval.ProfileAgreement;
import org.storyfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description = {
      "Reads real news text (MultiLing 2011 articles, dated by their dateline, then WCXB ground-truth "
          + "bodies with a publish date and 150+ words) with a reference and a candidate analysis profile, "
          + "one article after the other on one thread, and compares what they found: time mentions, "
          + "dated time mentions, entity mentions and quotes as sets of keys per article.",
      "Prints per measure the keys of each, those both found, recall (both / reference) and precision "
          + "(both / candidate), thread CPU ms per article of each, and the first differences. "
          + "A measurement without a target: exit 0, or 2 when the data is missing."
    })
final class EvalProfilesCommand implements Callable<Integer> {

  @Option(names = "--reference", paramLabel = "PROFILE", description = "reference profile (default: ${DEFAULT-VALUE})")
  Profile reference = Profile.FAST;

  @Option(names = "--candidate", paramLabel = "PROFILE", description = "candidate profile (default: ${DEFAULT-VALUE})")
  Profile candidate = Profile.RAPID;

  @Option(names = "--multiling", paramLabel = "PATH", defaultValue = "../shared/data/multiling2011-en.jsonl",
      description = "MultiLing-shaped JSONL (default: ${DEFAULT-VALUE})")
  Path multiling;

  @Option(names = "--wcxb", paramLabel = "DIR", defaultValue = "../shared/data/wcxb-dev/ground-truth",
      description = "WCXB ground-truth folder (default: ${DEFAULT-VALUE})")
  Path wcxb;

  @Option(names = "--wcxb-max", paramLabel = "N", description = "at most N WCXB pages; 0: none (default: ${DEFAULT-VALUE})")
  int wcxbMax = 150;

  @Option(names = "--articles", paramLabel = "N", description = "compare only the first N articles (default: all)")
  int articles = Integer.MAX_VALUE;

  @Option(names = "--diffs", paramLabel = "N",
      description = "differences printed per measure and side (default: ${DEFAULT-VALUE})")
  int diffs = 20;

  @Option(names = "--warmup", paramLabel = "N",
      description = "articles both profiles read untimed first (default: ${DEFAULT-VALUE})")
  int warmup = ProfileAgreement.DEFAULT_WARMUP;

  @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(multiling)) {
      return missing(multiling + ": no such file (MultiLing JSONL, see --multiling)");
    }
    if (wcxbMax > 0 && !Files.isDirectory(wcxb)) {
      return missing(wcxb + ": no such folder (WCXB ground truth, see --wcxb, or --wcxb-max 0)");
    }
    List<Article> fromMultiling = AgreementCorpus.multiling(multiling);
    List<Article> fromWcxb = wcxbMax > 0 ? AgreementCorpus.wcxb(wcxb, wcxbMax) : List.of();
    List<Article> all = new ArrayList<>(fromMultiling);
    all.addAll(fromWcxb);
    List<Article> read = all.subList(0, Math.min(Math.max(articles, 0), all.size()));

    if (!quiet) {
      System.err.println("storyfuse: loading the " + name(reference) + " and " + name(candidate) + " analysis models…");
    }
    Analyzer ref = withoutEmbeddings(reference);
    Analyzer cand = withoutEmbeddings(candidate);
    AgreementReport report;
    try (Progress progress = Progress.start("Comparing", quiet)) {
      report = ProfileAgreement.run(read, ref, cand, warmup, n -> progress.update(n, read.size()));
    }
    print(report, fromMultiling.size(), fromWcxb.size(), read.size());
    return 0;
  }

  private void print(AgreementReport r, int multilingCount, int wcxbCount, int read) {
    System.out.printf("articles: %d MultiLing, %d WCXB; %d read, %d compared, %d skipped (not analysed), %d tokens%n",
        multilingCount, wcxbCount, read, r.compared(), r.skipped(), r.tokens());
    Table table = new Table("measure", r.reference(), r.candidate(), "both", "recall", "precision");
    for (AgreementReport.MeasureResult m : r.measures()) {
      table.row(m.measure().label(), m.reference(), m.candidate(), m.both(), m.recall(), m.precision());
    }
    table.row("thread CPU ms/article (warm)", ms(r.referenceCpuMs()), ms(r.candidateCpuMs()), "", "", "");
    System.out.print(table);
    System.out.printf("recall: share of %s's keys %s also has; precision: share of %s's keys %s has too%n",
        r.reference(), r.candidate(), r.candidate(), r.reference());
    if (diffs <= 0) {
      return;
    }
    for (AgreementReport.MeasureResult m : r.measures()) {
      System.out.printf("%n%s: %d %s-only, %d %s-only%n", m.measure().label(),
          m.referenceOnly().size(), r.reference(), m.candidateOnly().size(), r.candidate());
      m.referenceOnly().stream().limit(diffs).forEach(d -> System.out.println("  - " + d));
      m.candidateOnly().stream().limit(diffs).forEach(d -> System.out.println("  + " + d));
    }
  }

  /**
   * No measure looks at embeddings, so they would only add CPU time; profiles without them reuse
   * the JVM's loaded analyzer (tests and repeated runs skip a 15-30 s model load).
   */
  private static Analyzer withoutEmbeddings(Profile p) {
    return p.embeddings() ? new Analyzer(p) : AnalysisOptions.shared(p);
  }

  private static String ms(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String name(Profile p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  /** Missing data is the caller's setup, not a failed measurement: a one-line message, exit 2. */
  private static int missing(String message) {
    System.err.println("storyfuse: " + message);
    return 2;
  }
}
