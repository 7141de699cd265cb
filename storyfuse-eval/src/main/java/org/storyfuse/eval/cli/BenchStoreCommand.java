package org.storyfuse.eval.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.bench.StoreBenchmark;
import org.storyfuse.cli.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Times the SQLite store, analysis off: N synthetic articles (stories of --per-story "
        + "articles, made-up words) ingested in batches into a new file in a temporary "
        + "folder, then reopening it and storing one more article (the clusterer is replayed then).")
final class BenchStoreCommand implements Callable<Integer> {

  @Option(names = "--articles", split = ",", paramLabel = "N[,N...]", description = "stream sizes (default: ${DEFAULT-VALUE})")
  List<Integer> sizes = List.of(500, 2000);

  @Option(names = "--per-story", paramLabel = "N", description = "articles per story (default: ${DEFAULT-VALUE})")
  int perStory = 5;

  @Option(names = "--batch", paramLabel = "N", description = "articles per ingest batch (default: ${DEFAULT-VALUE})")
  int batch = 50;

  @Override
  public Integer call() throws IOException {
    if (perStory < 1 || batch < 1 || sizes.stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("--articles, --per-story and --batch must be at least 1");
    }
    try (TemporaryFolder dir = new TemporaryFolder("storyfuse-bench-store")) {
      Table table = new Table("articles", "stories", "batch", "articles/s", "batch p50 ms", "batch max ms",
          "reopen + 1 article ms", "file MB");
      for (int n : sizes) {
        StoreBenchmark.Row r = StoreBenchmark.run(n, perStory, batch, dir.path);
        table.row(r.articles(), r.stories(), r.batchSize(), String.format("%.0f", r.articlesPerSecond()),
            String.format("%.0f", r.batchMillisP50()), String.format("%.0f", r.batchMillisMax()),
            String.format("%.0f", r.reopenMillis()), String.format("%.1f", r.megabytes()));
      }
      System.out.print(table);
      System.out.printf("%ncores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
    return 0;
  }
}
