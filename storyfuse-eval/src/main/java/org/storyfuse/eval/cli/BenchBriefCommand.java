package org.storyfuse.eval.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.bench.BriefBenchmark;
import org.storyfuse.bench.SyntheticStories;
import org.storyfuse.cli.InputOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = "Times fusing one story of N articles into a brief, warm. The story is made by "
        + "recombining the sentences of the articles read from PATH (default: the sample corpus). Sentence "
        + "embeddings belong to the analysis stage: they are computed once before timing, not timed.")
final class BenchBriefCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "articles to recombine (default: samples/corpus)")
  List<String> inputs = List.of("samples/corpus");

  @Option(names = "--articles", split = ",", paramLabel = "N[,N...]",
      description = "story sizes to time (default: ${DEFAULT-VALUE})")
  List<Integer> sizes = List.of(10, 50, 100);

  @Option(names = "--sentences", paramLabel = "N", description = "sentences per article (default: ${DEFAULT-VALUE})")
  int sentences = 28;

  @Option(names = "--iterations", paramLabel = "N", description = "timed runs per size (default: ${DEFAULT-VALUE})")
  int iterations = 20;

  @Override
  public Integer call() {
    InputOptions read = new InputOptions();
    read.inputs = inputs;
    read.quiet = true;
    IngestResult corpus = read.ingest();
    if (corpus.articles().isEmpty()) {
      throw new IllegalArgumentException("no article could be read from " + String.join(" ", inputs));
    }
    Table table = new Table("articles", "sentences", "iterations", "p50 ms", "mean ms", "max ms", "CPU p50 ms");
    for (int n : sizes) {
      List<Article> story = SyntheticStories.recombine(corpus.articles(), n, sentences, 42);
      BriefBenchmark.Row r = BriefBenchmark.run(story, 5, iterations);
      table.row(r.articles(), r.sentences(), r.iterations(), r.p50Millis(), r.meanMillis(), r.maxMillis(), r.cpuP50Millis());
    }
    System.out.print(table);
    System.out.printf("%ncores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return 0;
  }
}
