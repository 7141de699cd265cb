package org.storyfuse.eval.cli;

import org.storyfuse.cli.ProblemReport;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.cli.AnalysisOptions;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Article;
import org.storyfuse.store.Contention;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.Stores;
import org.storyfuse.web.bench.ServerLoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Load-tests the HTTP service on loopback over a new SQLite store in a temporary folder, or over "
        + "the empty store --db names (a PostgreSQL database) (analysis off): preloads articles recombined from the "
        + "material's sentences (with --real, the material's own articles), then measures "
        + "GET /api/stories/{id} and POST /api/articles (distinct articles, each a real ingest) with a "
        + "closed loop of client threads in this JVM, and prints requests/s, p50/p99 latency and errors.")
final class BenchServeCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "MATERIAL",
      description = "articles whose sentences are recombined (default: samples/corpus)")
  List<String> material = List.of("samples/corpus");

  @Option(names = "--clients", paramLabel = "N", description = "concurrent client threads (default: ${DEFAULT-VALUE})")
  int clients = 8;

  @Option(names = "--requests", paramLabel = "N", description = "measured GET requests (default: ${DEFAULT-VALUE})")
  int requests = 5000;

  @Option(names = "--posts", paramLabel = "N", description = "measured POST requests (default: ${DEFAULT-VALUE})")
  int posts = 500;

  @Option(names = "--warmup", paramLabel = "N", description = "unmeasured requests per endpoint first (default: ${DEFAULT-VALUE})")
  int warmup = 200;

  @Option(names = "--preload", paramLabel = "N", description = "articles stored before measuring (default: ${DEFAULT-VALUE})")
  int preload = 500;

  @Option(names = "--sentences", paramLabel = "N", description = "sentences per generated article (default: ${DEFAULT-VALUE})")
  int sentences = 12;

  @Option(names = "--seed", paramLabel = "N", description = "random seed of the generated articles (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--db", paramLabel = "STORE",
      description = "an empty store to run on instead of a new SQLite file: postgresql://USER@HOST:PORT/DB or "
          + "jdbc:postgresql://...; the articles the benchmark stores stay there")
  String db;

  @Option(names = "--real",
      description = "preload and post the material's own articles, in an order shuffled by --seed (a stream of real "
          + "news: many stories, articles of every length), instead of articles recombined from their sentences; "
          + "needs --preload + --warmup + --posts articles")
  boolean real;

  @Option(names = "--sync-briefs",
      description = "the server regroups the store and rebuilds each post's brief within the post, as `serve "
          + "--sync-briefs` (default: in the background, as `serve`)")
  boolean syncBriefs;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServerLoadBenchmark.Options options =
        new ServerLoadBenchmark.Options(clients, warmup, requests, posts, preload, sentences, seed, !syncBriefs, real);
    IngestResult read = new Ingestor().ingest(material);
    ProblemReport.print(read, System.err);
    List<Article> articles = read.articles();
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no article could be read from " + String.join(" ", material));
    }
    try (TemporaryFolder dir = new TemporaryFolder("storyfuse-bench-serve");
        JdbcStore opened = Stores.open(db != null ? db : dir.path.resolve("storyfuse.db").toString(), Contention.DEFAULT);
        IncrementalPipeline store = AnalysisOptions.withoutAnalysis(2).attach(opened)) {
      if (opened.version() != 0) {
        throw new IllegalArgumentException("bench serve needs an empty store: " + opened.describe()
            + " holds articles already");
      }
      System.out.print(ServerLoadBenchmark.table(ServerLoadBenchmark.run(store, articles, options)));
      if (store.refresher().isPresent()) {
        long drainStart = System.nanoTime();
        store.refresher().get().awaitIdle(java.time.Duration.ofHours(1));
        System.out.printf("%nbriefs rebuilt in the background: %d; the last ones were done %.1f s after the last post%n",
            store.refresher().get().built(), (System.nanoTime() - drainStart) / 1e9);
      }
      System.out.printf("%ncores: %d, max heap: %d MB, store: %s (analysis off), %d %s articles preloaded, briefs %s%n",
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
          db == null ? "SQLite" : opened.describe(), preload, real ? "real" : "generated",
          syncBriefs ? "within each post" : "in the background");
    }
    return 0;
  }
}
