package org.storyfuse.eval.cli;

import org.storyfuse.cli.AnalysisOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.bench.AnalysisBenchmark;
import org.storyfuse.cli.Table;
import org.storyfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Times the analysis stage, warm, on a generated corpus of ~700-token articles: articles/s, "
        + "tokens/s, CPU ms per article (all threads), peak heap, for the RAPID, FAST and FULL profiles; --annotators adds "
        + "what each CoreNLP annotator costs.")
final class BenchAnalyzeCommand implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", description = "corpus size (default: ${DEFAULT-VALUE})")
  int articles = 300;

  @Option(names = "--tokens", paramLabel = "N", description = "tokens per article (default: ${DEFAULT-VALUE})")
  int tokens = 700;

  @Option(names = "--threads", paramLabel = "N", description = "threads (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--profile", split = ",", paramLabel = "P[,P]",
      description = "profiles (default: RAPID,FAST; FULL takes ~1.6 s of CPU per article)")
  List<Profile> profiles = List.of(Profile.RAPID, Profile.FAST);

  // Measured on RAPID (docs/BENCHMARKS.md): the JIT keeps compiling CoreNLP's tagger and CRF for
  // several hundred articles: 17 articles/s after 60 warm-up articles, 18-24 after 300, ~30 after 1,000.
  @Option(names = "--warmup", paramLabel = "N", description = "articles analysed before timing, per profile; the "
      + "JIT needs about a thousand, and the first profile in a JVM warms code the later ones share; the corpus is "
      + "read again from its start when it is shorter (default: ${DEFAULT-VALUE})")
  int warmup = 1000;

  @Option(names = "--annotators", description = "also time CoreNLP annotator by annotator")
  boolean annotators;

  @Override
  public Integer call() {
    List<Article> corpus = AnalysisBenchmark.corpus(articles, tokens, 42);
    List<AnalysisBenchmark.Row> rows = new ArrayList<>();
    for (Profile p : profiles) {
      rows.add(AnalysisBenchmark.run(new Analyzer(p, p.embeddings() ? AnalysisOptions.embedder() : null), corpus, threads, warmup));
      print(rows);
    }
    if (annotators) {
      rows.addAll(AnalysisBenchmark.annotatorCosts(corpus, threads, Math.min(warmup, articles)));
      print(rows);
    }
    return 0;
  }

  private static void print(List<AnalysisBenchmark.Row> rows) {
    Table t = new Table("configuration", "threads", "articles", "tokens", "seconds", "articles/s", "tokens/s",
        "CPU ms/article", "peak heap MB", "load avg");
    rows.forEach(r -> t.row(r.configuration(), r.threads(), r.articles(), r.tokens(), r.seconds(),
        r.articlesPerSecond(), r.tokensPerSecond(), r.cpuMsPerArticle(), r.peakHeapMb(), r.loadAverage()));
    System.out.print(t);
    System.out.println();
  }
}
