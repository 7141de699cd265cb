package org.storyfuse.eval.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.SilverTags;
import org.storyfuse.analyze.SilverTags.TaggedSentence;
import org.storyfuse.cli.Progress;
import org.storyfuse.cli.Table;
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
    printAgreement(corpus.heldOutByCorpus(), new SilverTags(), new SilverTags.Lean(), diffs, corpusOptions);
    return 0;
  }

  /** Tags the held-out articles both ways and prints the agreement per corpus and in all. */
  static void printAgreement(Map<String, List<Article>> heldOut, SilverTags silver, SilverTags.Lean lean,
      int diffs, TaggerCorpusOptions options) throws Exception {
    Table table = new Table("held-out corpus", "articles", "tokens", "POS agreement", "CoreNLP spans", "LEAN spans",
        "span P", "span R", "span F1");
    TaggerAgreement all = new TaggerAgreement();
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
      }
      row(table, e.getKey(), articles.size(), agreement);
      differences.put(e.getKey(), agreement.differences());
    }
    row(table, "all", heldOut.values().stream().mapToInt(List::size).sum(), all);
    System.out.print(table);
    System.out.printf(Locale.ROOT, "LEAN reading (CoreNLP tokenizer + both taggers), one thread: %.1f µs per token%n",
        leanNanos / 1e3 / Math.max(1, all.tokens()));
    differences.forEach((name, list) -> {
      if (!list.isEmpty()) {
        System.out.printf("%n%s: spans only CoreNLP (-) or LEAN (+) found%n", name);
        list.forEach(d -> System.out.println("  " + d));
      }
    });
  }

  private static void row(Table table, String name, int articles, TaggerAgreement a) {
    table.row(name, articles, a.tokens(), pct(a.posAccuracy()), a.referenceSpans(), a.candidateSpans(),
        pct(a.spanPrecision()), pct(a.spanRecall()), pct(a.spanF1()));
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
