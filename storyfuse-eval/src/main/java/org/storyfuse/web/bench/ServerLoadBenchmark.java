package org.storyfuse.web.bench;

import org.storyfuse.pipeline.IncrementalPipeline;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.storyfuse.bench.SyntheticStories;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.bench.ArticleJson;
import org.storyfuse.model.Article;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;
import org.storyfuse.web.ServerOptions;
import org.storyfuse.web.StoryfuseServer;

/**
 * Load on a running server over loopback HTTP: a closed loop of N client threads, each sending its
 * next request as soon as the last one answered, first a warm-up then the measured requests.
 * Measures {@code GET /api/stories/{id}} on the largest preloaded story and {@code POST /api/articles}
 * with distinct articles, each with its own URL, so posts are real ingests, not duplicates: either
 * generated (recombined sentences of the material, so every post joins the few stories the material
 * tells) or, with {@link Options#realArticles}, the material's own articles as a stream of real
 * news (many stories of every size, articles of every length). Client and server share the
 * machine: the numbers include the client's cost.
 */
public final class ServerLoadBenchmark {

  private static final String TOKEN = "load-benchmark";

  /**
   * @param concurrency     client threads (closed loop)
   * @param warmupRequests  requests sent to each endpoint before measuring, not counted
   * @param requests        measured GET requests
   * @param posts           measured POST requests (each is a full ingest, so usually far fewer)
   * @param preloadArticles articles put in the store before the run, so GETs read a real story
   * @param sentencesEach   sentences per generated article
   * @param seed            random seed of the generated articles, or of the real ones' order
   * @param deferBriefs     the server rebuilds briefs in the background, as {@code storyfuse serve} does
   * @param realArticles    preload and post the material's own articles (in an order shuffled by
   *                        {@code seed}: a feed of many outlets), not generated ones
   */
  public record Options(int concurrency, int warmupRequests, int requests, int posts, int preloadArticles,
      int sentencesEach, long seed, boolean deferBriefs, boolean realArticles) {

    public Options {
      if (concurrency < 1 || warmupRequests < 0 || requests < 1 || posts < 1 || preloadArticles < 1
          || sentencesEach < 1) {
        throw new IllegalArgumentException("benchmark sizes must be positive: " + this);
      }
    }

    public static Options defaults() {
      return new Options(8, 100, 2000, 500, 200, 12, 42, true, false);
    }
  }

  /** One measured endpoint. Latencies are per request, from send to the whole response read. */
  public record Row(String endpoint, int concurrency, int requests, long errors, double requestsPerSecond,
      double p50Millis, double p99Millis) {}

  private ServerLoadBenchmark() {}

  /**
   * Preloads the store, serves it on a free loopback port, and measures both endpoints.
   *
   * @param material articles whose sentences and titles the generated articles recombine, or (with
   *                 {@link Options#realArticles}) the articles preloaded and posted
   */
  public static List<Row> run(IncrementalPipeline store, List<Article> material, Options options) throws IOException {
    int posts = options.warmupRequests() + options.posts();
    List<Article> stream = articles(material, options.preloadArticles() + posts, options);
    store.ingest(stream.subList(0, options.preloadArticles()));
    String storyId = store.store().stories(StoryQuery.all()).stream()
        .max(Comparator.comparingInt(StorySummary::articles).thenComparing(StorySummary::id, Comparator.reverseOrder()))
        .orElseThrow(() -> new IllegalStateException("the preloaded articles formed no story"))
        .id();
    List<String> postBodies = new ArrayList<>();
    for (int i = 0; i < posts; i++) {
      postBodies.add(newsJson(stream.get(options.preloadArticles() + i), i));
    }

    StoryfuseServer server = new StoryfuseServer(store, new Extractor(),
        ServerOptions.defaults().withToken(TOKEN).withDeferredBriefs(options.deferBriefs()));
    server.start(0);
    ExecutorService clients = Executors.newFixedThreadPool(options.concurrency(), daemon("client"));
    ExecutorService httpThreads = Executors.newCachedThreadPool(daemon("http"));
    try {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).executor(httpThreads).build();
      URI base = server.baseUri();
      HttpRequest get = HttpRequest.newBuilder(base.resolve("/api/stories/" + storyId)).GET().build();
      IntFunction<HttpRequest> post = i -> HttpRequest.newBuilder(base.resolve("/api/articles"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(postBodies.get(i), StandardCharsets.UTF_8)).build();
      List<Row> rows = new ArrayList<>();
      rows.add(measure("GET /api/stories/{id}", http, clients, options, options.requests(), i -> get, 200));
      // readers keep reading while the posts go in: what a reader sees while the service ingests
      int readers = Math.max(1, options.concurrency() / 2);
      ExecutorService readerThreads = Executors.newFixedThreadPool(readers, daemon("reader"));
      java.util.concurrent.atomic.AtomicBoolean posting = new java.util.concurrent.atomic.AtomicBoolean(true);
      List<Long> readLatencies = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicLong readErrors = new AtomicLong();
      List<Future<?>> readerLoops = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        readerLoops.add(readerThreads.submit(() -> {
          while (posting.get() && !Thread.currentThread().isInterrupted()) {
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> response = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
              if (response.statusCode() != 200) {
                readErrors.incrementAndGet();
              }
            } catch (IOException e) {
              readErrors.incrementAndGet();
            } catch (InterruptedException e) {
              return;
            }
            readLatencies.add(System.nanoTime() - t0);
          }
        }));
      }
      long readStart = System.nanoTime();
      try {
        rows.add(measure("POST /api/articles", http, clients, options, options.posts(), post, 201));
      } finally {
        posting.set(false);
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        readerLoops.forEach(f -> {
          try {
            f.get();
          } catch (Exception e) {
            readErrors.incrementAndGet();
          }
        });
        readerThreads.shutdownNow();
        long[] sorted = readLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
          rows.add(new Row("GET while posting", readers, sorted.length, readErrors.get(), sorted.length / readSeconds,
              percentile(sorted, 0.50), percentile(sorted, 0.99)));
        }
      }
      return rows;
    } finally {
      clients.shutdownNow();
      httpThreads.shutdownNow();
      server.stop();
    }
  }

  /** The articles to preload and post, {@code needed} of them: generated, or the material's own, shuffled. */
  static List<Article> articles(List<Article> material, int needed, Options options) {
    if (!options.realArticles()) {
      return SyntheticStories.recombine(material, needed, options.sentencesEach(), options.seed());
    }
    if (material.size() < needed) {
      throw new IllegalArgumentException("real articles: " + needed + " needed (--preload + --warmup + --posts), "
          + material.size() + " read");
    }
    List<Article> stream = new ArrayList<>(material);
    stream.sort(Comparator.comparing(Article::id));
    java.util.Collections.shuffle(stream, new java.util.Random(options.seed()));
    return List.copyOf(stream.subList(0, needed));
  }

  /** The rows as an aligned text table, one line per endpoint. */
  public static String table(List<Row> rows) {
    StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-24s %7s %9s %7s %10s %9s %9s%n",
        "endpoint", "clients", "requests", "errors", "req/s", "p50 ms", "p99 ms"));
    for (Row r : rows) {
      t.append(String.format(Locale.ROOT, "%-24s %7d %9d %7d %10.1f %9.2f %9.2f%n", r.endpoint(), r.concurrency(),
          r.requests(), r.errors(), r.requestsPerSecond(), r.p50Millis(), r.p99Millis()));
    }
    return t.toString();
  }

  /**
   * Warm-up requests (numbered 0..warmup-1) then measured ones (warmup..warmup+requests-1), each
   * phase a closed loop over all client threads.
   */
  private static Row measure(String endpoint, HttpClient http, ExecutorService clients, Options options,
      int requests, IntFunction<HttpRequest> request, int expectedStatus) {
    phase(http, clients, options.concurrency(), 0, options.warmupRequests(), request, expectedStatus, null);
    long[] latencies = new long[requests];
    long start = System.nanoTime();
    long errors = phase(http, clients, options.concurrency(), options.warmupRequests(), requests, request,
        expectedStatus, latencies);
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    return new Row(endpoint, options.concurrency(), requests, errors, requests / seconds,
        percentile(latencies, 0.50), percentile(latencies, 0.99));
  }

  private static long phase(HttpClient http, ExecutorService clients, int concurrency, int first, int count,
      IntFunction<HttpRequest> request, int expectedStatus, long[] latencies) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      workers.add(clients.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(request.apply(first + i), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != expectedStatus) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          if (latencies != null) {
            latencies[i] = System.nanoTime() - t0;
          }
        }
      }));
    }
    for (Future<?> f : workers) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
      }
    }
    return errors.get();
  }

  private static double percentile(long[] sortedNanos, double q) {
    int index = (int) Math.ceil(q * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
  }

  /** An article as news-please JSON, with its own URL so no two posts are duplicates. */
  private static String newsJson(Article a, int n) {
    ObjectNode o = ArticleJson.content(a);
    String outlet = a.outlet() == null || a.outlet().isBlank() ? "outlet" : a.outlet();
    o.put("source_domain", outlet + ".example");
    o.put("url", "https://" + outlet + ".example/bench/" + n);
    return o.toString();
  }

  private static java.util.concurrent.ThreadFactory daemon(String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "storyfuse-bench-" + role + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
