package org.storyfuse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.web.ServerOptions;
import org.storyfuse.web.StoryfuseServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store (--db) over HTTP: a JSON API (GET /api/stories, /api/stories/{id}, "
          + "/api/articles/{id}; POST /api/articles) and a web page (story list with search, "
          + "story briefs, articles' cleaned text). See docs/API.md.",
      "Posting needs 'Authorization: Bearer TOKEN' when a token is given (--token, --token-file or the "
          + "STORYFUSE_TOKEN environment variable). Listens on 127.0.0.1 unless --host says otherwise.",
      "Other writers of the same store (ingest, watch, another serve on a PostgreSQL store) are waited for; "
          + "a post that waited 30 s gets 503 with Retry-After and stores nothing.",
      "Runs until interrupted (Ctrl-C)."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "N", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "bearer token required to POST articles (visible to other users in the process list: "
          + "prefer --token-file or STORYFUSE_TOKEN)")
  String token;

  @Option(names = "--token-file", paramLabel = "FILE", description = "read the bearer token from the first line of FILE")
  Path tokenFile;

  @Option(names = "--max-body-mb", paramLabel = "MB",
      description = "largest request body accepted, larger ones get 413 (default: ${DEFAULT-VALUE})")
  int maxBodyMegabytes = (int) (ServerOptions.DEFAULT_MAX_BODY_BYTES / (1024 * 1024));

  @Option(names = "--sync-briefs",
      description = "make each POST regroup the whole store and wait until its story's brief is rebuilt (default: "
          + "a post joins its articles to the stored groups, the whole store is regrouped in the background once "
          + "posts pause, and briefs are rebuilt in the background, coalesced per story; until then GET returns the "
          + "previous brief with brief_pending: true, or 202 for a story whose first brief is still being built)")
  boolean syncBriefs;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "articles analysed in parallel per post (default: ${DEFAULT-VALUE})")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
    }
    if (maxBodyMegabytes < 1) {
      throw new IllegalArgumentException("--max-body-mb must be at least 1");
    }
    ServerOptions options = new ServerOptions(bearerToken(), maxBodyMegabytes * 1024L * 1024L, !syncBriefs);
    IncrementalPipeline db = store.openForServing(analysis, threads);
    StoryfuseServer server = new StoryfuseServer(db, new Extractor(), options);
    try {
      server.start(host, port);
    } catch (RuntimeException e) {
      db.close();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      db.close();
      System.err.println("storyfuse: stopped serving " + store.display());
      stopped.countDown();
    }, "storyfuse-serve-stop"));
    System.err.println("storyfuse: serving " + store.display() + " at " + server.baseUri()
        + (options.bearerToken() == null ? " (posting open to anyone who can reach it)" : " (posting needs the token)"));
    stopped.await();
    return 0;
  }

  private String bearerToken() throws IOException {
    if (token != null && tokenFile != null) {
      throw new IllegalArgumentException("give the token once: --token or --token-file, not both");
    }
    if (tokenFile != null) {
      String first = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
      if (first.isEmpty()) {
        throw new IllegalArgumentException("the token file is empty: " + tokenFile);
      }
      return first;
    }
    if (token != null) {
      return token;
    }
    String fromEnvironment = System.getenv("STORYFUSE_TOKEN");
    return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
