package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.store.Contention;
import org.storyfuse.store.StoreChecks;
import org.storyfuse.store.Stores;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;
import org.storyfuse.web.ServerOptions;
import org.storyfuse.web.StoryfuseServer;

/**
 * Several writers of one store at once, as users run them: `storyfuse ingest` processes while the
 * server takes posts, and two `storyfuse serve` processes taking posts at once. Every article must
 * be stored exactly once, every post answered 201 (or 200 for a repeat), no writer fail.
 */
class WritersTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void ingestInOtherProcessesWhileTheServerTakesPostsStoresEveryArticleExactlyOnce(Backend backend) throws Exception {
    String db = TestDatabases.fresh(backend, tmp, "ingest_and_posts");
    List<String> series = List.of("alpha", "beta", "gamma");
    int filesEach = 20;
    for (String s : series) {
      Articles.writeFiles(tmp.resolve("in-" + s), s, filesEach);
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<Integer, HttpResponse<String>> answers = new ConcurrentHashMap<>();
    List<CliRun> runs;
    try (IncrementalPipeline pipeline = AnalysisOptions.withoutAnalysis(2)
            .attach(Stores.open(db, Contention.of(StoreOptions.SERVER_WAIT)));
        StoryfuseServer server = new StoryfuseServer(pipeline, new Extractor(), ServerOptions.defaults()).start(0)) {
      // the ingests: one process after another, each one transaction
      CompletableFuture<List<CliRun>> children = CompletableFuture.supplyAsync(() -> {
        List<CliRun> out = new ArrayList<>();
        for (String s : series) {
          try {
            out.add(ChildCli.run("ingest", tmp.resolve("in-" + s).toString(), "--db", db, "--analysis", "off", "-q"));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
        return out;
      });
      // the posts: distinct articles from four clients, until the ingests are done (at least 30, at most 120)
      ExecutorService clients = Executors.newFixedThreadPool(4);
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> loops = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        loops.add(clients.submit(() -> {
          for (int i = next.getAndIncrement(); i < 120 && (i < 30 || !children.isDone()); i = next.getAndIncrement()) {
            answers.put(i, http.send(post(server.baseUri(), Articles.json("post", i)), HttpResponse.BodyHandlers.ofString()));
          }
          return null;
        }));
      }
      for (Future<?> f : loops) {
        f.get(10, TimeUnit.MINUTES);
      }
      clients.shutdown();
      runs = children.get(10, TimeUnit.MINUTES);
    }

    for (CliRun run : runs) {
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).startsWith(filesEach + " new, 0 duplicate, 0 failed");
      assertThat(run.err()).doesNotContain("SQLITE_BUSY").doesNotContain("locked");
    }
    List<String> postedIds = new ArrayList<>();
    answers.forEach((i, r) -> {
      assertThat(r.statusCode()).as("post %d: %s", i, r.body()).isEqualTo(201);
      postedIds.add(read(r.body()).get("article_id").asText());
    });
    int expected = series.size() * filesEach + answers.size();
    assertThat(TestDatabases.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(expected);
    assertThat(TestDatabases.count(db, "SELECT COUNT(DISTINCT content_hash) FROM articles")).isEqualTo(expected);
    try (var store = Stores.open(db, Contention.DEFAULT)) {
      for (String id : postedIds) {
        assertThat(store.article(id)).as(id).isPresent();
      }
    }
    assertThat(StoreChecks.problems(db)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void twoServeProcessesOnOneStoreTakePostsAtOnceWithoutLostOrDoubledArticles(Backend backend) throws Exception {
    String db = TestDatabases.fresh(backend, tmp, "two_servers");
    // both start at once: they race to create the schema too
    Process first = ChildCli.start("serve", "--db", db, "--port", "0", "--analysis", "off");
    Process second = ChildCli.start("serve", "--db", db, "--port", "0", "--analysis", "off");
    int articles = 40;
    int repeated = 16; // these are posted to both servers, racing each other
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String[]> answers = Collections.synchronizedList(new ArrayList<>()); // {article n, server, status, id, body}
    List<StringBuilder> serverErr = new ArrayList<>(); // each server's stderr, shown when an answer is wrong
    try (ChildCli.Server one = ChildCli.serving(first); ChildCli.Server two = ChildCli.serving(second)) {
      List<ChildCli.Server> servers = List.of(one, two);
      servers.forEach(s -> serverErr.add(s.err()));
      List<int[]> requests = new ArrayList<>(); // {article n, server}
      for (int n = 0; n < articles; n++) {
        requests.add(new int[] {n, n % 2});
        if (n < repeated) {
          requests.add(new int[] {n, 1 - n % 2});
        }
      }
      Collections.shuffle(requests, new Random(7));
      ExecutorService clients = Executors.newFixedThreadPool(6);
      List<Future<?>> sent = new ArrayList<>();
      for (int[] r : requests) {
        sent.add(clients.submit(() -> {
          URI base = URI.create("http://127.0.0.1:" + servers.get(r[1]).port() + "/");
          HttpResponse<String> a = http.send(post(base, Articles.json("shared", r[0])), HttpResponse.BodyHandlers.ofString());
          JsonNode body = a.statusCode() < 300 ? read(a.body()) : null;
          answers.add(new String[] {Integer.toString(r[0]), Integer.toString(r[1]), Integer.toString(a.statusCode()),
              body == null ? null : body.get("article_id").asText(), a.body()});
          return null;
        }));
      }
      for (Future<?> f : sent) {
        f.get(10, TimeUnit.MINUTES);
      }
      clients.shutdown();
    }

    assertThat(answers).hasSize(articles + repeated);
    assertThat(answers).allSatisfy(a -> assertThat(a[2]).as("article %s on server %s: %s; the server said:%n%s",
        a[0], a[1], a[4], serverErr.get(Integer.parseInt(a[1]))).isIn("200", "201"));
    for (int n = 0; n < articles; n++) {
      String key = Integer.toString(n);
      List<String[]> forN = answers.stream().filter(a -> a[0].equals(key)).toList();
      assertThat(forN.stream().filter(a -> a[2].equals("201"))).as("article %d stored once", n).hasSize(1);
      assertThat(forN.stream().map(a -> a[3]).distinct()).as("article %d has one id", n).hasSize(1);
    }
    assertThat(answers.stream().filter(a -> a[2].equals("201")).map(a -> a[1]).distinct())
        .as("both servers stored articles").hasSize(2);
    assertThat(TestDatabases.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(articles);
    assertThat(TestDatabases.count(db, "SELECT COUNT(DISTINCT content_hash) FROM articles")).isEqualTo(articles);
    assertThat(StoreChecks.problems(db)).isEmpty();
  }

  private static HttpRequest post(URI base, String json) {
    return HttpRequest.newBuilder(base.resolve("/api/articles")).timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
