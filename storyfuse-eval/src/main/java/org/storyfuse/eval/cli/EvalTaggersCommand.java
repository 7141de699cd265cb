package org.storyfuse.eval.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.RecogniserGate;
import org.storyfuse.analyze.SilverTags;
import org.storyfuse.analyze.SilverTags.TaggedSentence;
import org.storyfuse.cli.Progress;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.tagger.GateCurve;
import org.storyfuse.eval.tagger.TaggerAgreement;
import org.storyfuse.eval.tagger.TaggerCorpus;
import org.storyfuse.eval.tagger.TaggerTraining;
import org.storyfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "taggers",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the shipped LEAN taggers with RAPID's CoreNLP reading on the held-out articles of "
          + "train-taggers' corpora (articles the taggers never saw): POS agreement per token, entity "
          + "spans (exact extent and type) as precision, recall and F1 against CoreNLP, per corpus.",
      "Then RAPID's recogniser gate (the LEAN entity tagger sparing CoreNLP's recogniser the sentences "
          + "it surely reads as nameless) at several margins, the shipped one marked: the share of the "
          + "recogniser's tokens it spares and the recogniser's entity spans in the spared sentences.",
      "A measurement without a target: exit 0, or 2 when the data is missing."
    })
final class EvalTaggersCommand implements Callable<Integer> {

  @Mixin TaggerCorpusOptions corpusOptions;

  @Option(names = "--diffs", paramLabel = "N", description = "differing entity spans to print per corpus (default: ${DEFAULT-VALUE})")
  int diffs = 0;

  @Override
  public Integer call() throws Exception {
    TaggerCorpus corpus = corpusOptions.readOrSayWhy();
    if (corpus == null) {
      return 2;
    }
    printAgreement(corpus.heldOutByCorpus(), new SilverTags(), new SilverTags.Lean(), diffs, corpusOptions, true);
    return 0;
  }

  /**
   * Tags the held-out articles both ways and prints the agreement per corpus and in all; with
   * {@code withGate}, also RAPID's recogniser gate over the shipped entity tagger ({@link GateCurve}).
   */
  static void printAgreement(Map<String, List<Article>> heldOut, SilverTags silver, SilverTags.Lean lean,
      int diffs, TaggerCorpusOptions options, boolean withGate) throws Exception {
    Table table = new Table("held-out corpus", "articles", "tokens", "POS agreement", "CoreNLP spans", "LEAN spans",
        "span P", "span R", "span F1");
    TaggerAgreement all = new TaggerAgreement();
    GateTable gateCurve = new GateTable();
    Map<String, List<String>> differences = new java.util.LinkedHashMap<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long leanNanos = 0;
    for (Map.Entry<String, List<Article>> e : heldOut.entrySet()) {
      List<Article> articles = e.getValue();
      List<List<TaggedSentence>> reference;
      try (Progress progress = Progress.start("Tagging " + e.getKey() + " with CoreNLP", options.quiet)) {
        reference = TaggerTraining.silver(silver, articles, options.threads, n -> progress.update(n, articles.size()),
            options.cache);
      }
      TaggerAgreement agreement = new TaggerAgreement(diffs);
      for (int i = 0; i < articles.size(); i++) {
        long before = cpu.getCurrentThreadCpuTime();
        List<TaggedSentence> candidate = lean.tag(articles.get(i));
        leanNanos += cpu.getCurrentThreadCpuTime() - before;
        agreement.add(reference.get(i), candidate);
        all.add(reference.get(i), candidate);
        gateCurve.add(e.getKey(), reference.get(i), candidate);
      }
      row(table, e.getKey(), articles.size(), agreement);
      differences.put(e.getKey(), agreement.differences());
    }
    row(table, "all", heldOut.values().stream().mapToInt(List::size).sum(), all);
    System.out.print(table);
    System.out.printf(Locale.ROOT, "LEAN reading (CoreNLP tokenizer + both taggers), one thread: %.1f µs per token%n",
        leanNanos / 1e3 / Math.max(1, all.tokens()));
    if (withGate) {
      gateCurve.print();
    }
    differences.forEach((name, list) -> {
      if (!list.isEmpty()) {
        System.out.printf("%n%s: spans only CoreNLP (-) or LEAN (+) found%n", name);
        list.forEach(d -> System.out.println("  " + d));
      }
    });
  }

  /** {@link GateCurve}s per corpus and margin, printed as one table. */
  private static final class GateTable {
    static final double[] MARGINS = {0, 20, 40, RecogniserGate.MARGIN, 160};
    private final Map<String, GateCurve[]> curves = new java.util.LinkedHashMap<>();
    private final RecogniserGate[] gates = gates(RecogniserGate.shipped());

    /** The shipped gate at each of {@link #MARGINS}, sharing one loaded tagger. */
    private static RecogniserGate[] gates(RecogniserGate shipped) {
      return java.util.Arrays.stream(MARGINS).mapToObj(shipped::withMargin).toArray(RecogniserGate[]::new);
    }

    void add(String corpus, List<TaggedSentence> reference, List<TaggedSentence> candidate) {
      GateCurve[] row = curves.computeIfAbsent(corpus, k -> java.util.Arrays.stream(gates)
          .map(GateCurve::new).toArray(GateCurve[]::new));
      for (GateCurve c : row) {
        c.add(reference, candidate);
      }
    }

    void print() {
      Table table = new Table("held-out corpus", "margin", "recogniser tokens without gate", "spared",
          "recogniser spans", "in spared sentences", "lost");
      curves.forEach((corpus, row) -> {
        for (int m = 0; m < MARGINS.length; m++) {
          GateCurve c = row[m];
          table.row(corpus, String.format(Locale.ROOT, "%.0f%s", MARGINS[m], MARGINS[m] == RecogniserGate.MARGIN ? " (shipped)" : ""),
              c.readWithout(), pct(c.sparedShare()), c.spans(), c.lost(),
              String.format(Locale.ROOT, "%.4f", c.spans() == 0 ? 0 : (double) c.lost() / c.spans()));
        }
      });
      System.out.printf("%nRAPID's recogniser gate on the same held-out articles%n");
      System.out.print(table);
    }
  }

  private static void row(Table table, String name, int articles, TaggerAgreement a) {
    table.row(name, articles, a.tokens(), pct(a.posAccuracy()), a.referenceSpans(), a.candidateSpans(),
        pct(a.spanPrecision()), pct(a.spanRecall()), pct(a.spanF1()));
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
