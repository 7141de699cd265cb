package org.storyfuse.web;

import org.storyfuse.pipeline.IngestReport;
import org.storyfuse.pipeline.IncrementalPipeline;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import org.storyfuse.ingest.DocumentExtractor;
import org.storyfuse.ingest.formats.Reasons;
import org.storyfuse.render.BriefJson;
import org.storyfuse.store.Store;
import org.storyfuse.store.StoreBusyException;
import org.storyfuse.store.StoryQuery;

/**
 * Storyfuse over HTTP: a JSON API to list stories, read briefs and articles and post new articles,
 * and server-rendered pages for people. Everything it knows comes from the {@link Store}; it keeps
 * no state of its own, so any number of request threads can share one store.
 *
 * <p>Errors are JSON ({@code {"error": "...", "status": N}}) under /api and a small page elsewhere;
 * requests Jetty refuses before routing (bad URIs, oversized headers) get the JSON shape too
 * ({@link JsonErrorHandler}); none ever shows a stack trace. A store that stays busy (other writers)
 * past its bound is a 503 with {@code Retry-After}, never a 500, and writes nothing.
 */
public final class StoryfuseServer implements AutoCloseable {

  static final String JSON = "application/json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";
  static final String CSP = SecurityHeaders.CSP;
  /** Seconds a client is told to wait when the store stayed busy past the server's bound. */
  static final int RETRY_AFTER_SECONDS = 5;

  private final IncrementalPipeline pipeline;
  private final Store store;
  private final ArticleIntake intake;
  private final ServerOptions options;
  private final BearerToken token;
  private final StoryPage storyPage;
  /** Briefs most read are the largest (a story many outlets cover): their bytes are kept while current. */
  private final BriefCache briefs;
  private static final int BRIEFS_CACHED = 256;
  private static final long BRIEF_BYTES_CACHED = 64L * 1024 * 1024;
  private Javalin app;

  /** @param pipeline the pipeline that files posted articles; reads go to its store */
  public StoryfuseServer(IncrementalPipeline pipeline, DocumentExtractor extractor, ServerOptions options) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = pipeline.store();
    this.intake = new ArticleIntake(extractor);
    this.options = Objects.requireNonNull(options, "options");
    this.token = options.bearerToken() == null ? null : new BearerToken(options.bearerToken());
    this.storyPage = new StoryPage(store);
    this.briefs = new BriefCache(store, BRIEFS_CACHED, BRIEF_BYTES_CACHED);
    if (options.deferBriefs()) {
      org.storyfuse.pipeline.PipelineListener errors = new org.storyfuse.pipeline.PipelineListener() {
        @Override
        public void note(String origin, String message) {
          System.err.println("storyfuse-web: " + message);
        }
      };
      pipeline.deferBriefs(errors).regroupInBackground(errors);
    }
  }

  /** Whether the story's brief is being rebuilt in the background (briefs deferred). */
  private boolean briefPending(String storyId) {
    return pipeline.refresher().map(r -> r.pending(storyId)).orElse(false);
  }

  /** Listens on the loopback interface; port 0 picks a free port (see {@link #port()}). */
  public synchronized StoryfuseServer start(int port) {
    return start("127.0.0.1", port);
  }

  public synchronized StoryfuseServer start(String host, int port) {
    if (app != null) {
      throw new IllegalStateException("the server is already started");
    }
    Javalin created = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.router.ignoreTrailingSlashes = true;
      JsonErrorHandler errors = new JsonErrorHandler();
      config.jetty.modifyServer(server -> server.setErrorHandler(errors));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
    });
    routes(created);
    created.start(host, port);
    app = created;
    return this;
  }

  /** The port it listens on. */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("the server is not started");
    }
    return app.port();
  }

  /** Where a client reaches it, e.g. {@code http://127.0.0.1:8080/}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  public synchronized void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void routes(Javalin a) {
    a.before(ctx -> SecurityHeaders.apply(ctx::header));
    a.get("/api/stories", answered(this::listStories));
    a.get("/api/stories/{id}", answered(this::brief));
    a.get("/api/articles/{id}", answered(this::article));
    a.post("/api/articles", answered(this::postArticle));
    a.get("/", answered(this::listPage));
    a.get("/stories/{id}", answered(this::storyPage));
    a.get("/articles/{id}", answered(this::articlePage));

    a.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    a.exception(StoreBusyException.class, (e, ctx) -> {
      // contention outlasted the bound: nothing was written, and the same request may simply come again
      ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      error(ctx, 503, "the store is busy (another writer holds it): nothing was stored, try again");
    });
    a.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), reason(e.getStatus())));
    a.exception(Exception.class, (e, ctx) -> {
      // the client gets no detail; the operator gets one line naming the request and the cause
      Throwable cause = e instanceof HandlerFailure ? e.getCause() : e;
      System.err.println("storyfuse-web: 500 on " + ctx.method() + " " + ctx.path() + ": "
          + Reasons.of(cause));
      error(ctx, 500, "internal error");
    });
    // statuses Javalin sets without an exception (no route matched, wrong method)
    for (int status : new int[] {404, 405}) {
      a.error(status, ctx -> {
        if (!isErrorBody(ctx)) {
          error(ctx, status, reason(status));
        }
      });
    }
  }

  /**
   * A handler whose failures all reach the exception handlers above. Javalin answers an Error (a
   * stack overflow, a class that failed to load) and an I/O exception it takes for a client that
   * went away with an empty 500 and a log line, and this server's log goes nowhere (slf4j-nop): the
   * client saw an empty 500 and the operator nothing. Wrapped, each is a JSON 500 and one line.
   */
  private static Handler answered(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Error | IOException e) {
        throw new HandlerFailure(e);
      }
    };
  }

  /** An Error or I/O exception out of a handler, carried to the exception handlers as an exception. */
  private static final class HandlerFailure extends RuntimeException {
    HandlerFailure(Throwable cause) {
      super(cause.toString(), cause, false, false);
    }
  }

  private void listStories(Context ctx) {
    StoryQuery query = ListParams.query(ctx.queryParam("since"), ctx.queryParam("q"), ctx.queryParam("limit"));
    json(ctx, 200, ApiJson.write(new ApiJson.StoryList(store.stories(query).stream().map(ApiJson.StoryLine::of).toList())));
  }

  private void brief(Context ctx) {
    String id = ctx.pathParam("id");
    java.util.Optional<BriefCache.Entry> stored = briefs.brief(id);
    if (stored.isEmpty()) {
      // a story founded by a post whose first brief is still being built
      String live = store.resolveStory(id).filter(this::briefPending)
          .orElseThrow(() -> ApiException.notFound("no story with id " + id));
      ctx.header("Retry-After", "1");
      json(ctx, 202, ApiJson.write(new ApiJson.PendingBrief(live, true, "the brief is being built: ask again shortly")));
      return;
    }
    BriefCache.Entry brief = stored.get();
    String live = brief.stamp.storyId();
    if (!live.equals(id)) {
      // merged into another story: its brief answers, and says where it lives now
      ctx.header("Content-Location", Paths.story(live).replaceFirst("^/", "/api/"));
    }
    ctx.status(200).contentType(JSON).result(briefPending(live) ? brief.pending() : brief.json);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    json(ctx, 200, ApiJson.write(ApiJson.ArticleView.of(
        store.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id)))));
  }

  private void postArticle(Context ctx) throws IOException {
    if (token != null && !token.admits(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "a valid bearer token is required to post articles");
    }
    byte[] body = boundedBody(ctx);
    ArticleIntake.Intake intake = this.intake.read(ctx.contentType(), body);
    // posts that arrive while another is being ingested go in together: one regrouping for all
    IngestReport report = pipeline.ingestCoalesced(intake.articles());
    boolean anyNew = report.added() > 0;
    if (intake.several()) {
      json(ctx, anyNew ? 201 : 200, ApiJson.write(new ApiJson.IngestedList(
          report.outcomes().stream().map(o -> ApiJson.Ingested.of(o, briefPending(o.storyId()))).toList())));
      return;
    }
    IngestReport.Outcome outcome = report.outcomes().get(0);
    ctx.header("Location", Paths.article(outcome.articleId()).replaceFirst("^/", "/api/"));
    json(ctx, anyNew ? 201 : 200, ApiJson.write(ApiJson.Ingested.of(outcome, briefPending(outcome.storyId()))));
  }

  private void listPage(Context ctx) {
    StoryQuery query = ListParams.query(null, ctx.queryParam("q"), ctx.queryParam("limit"));
    html(ctx, 200, Pages.storyList(store.stories(query), query.text()));
  }

  private void storyPage(Context ctx) {
    String id = ctx.pathParam("id");
    String live = store.resolveStory(id).orElseThrow(() -> ApiException.notFound("no story with id " + id));
    if (!live.equals(id)) {
      ctx.redirect(Paths.story(live), io.javalin.http.HttpStatus.FOUND); // merged: the page lives under the new id
      return;
    }
    java.util.Optional<String> page = storyPage.render(id);
    if (page.isEmpty() && briefPending(id)) {
      ctx.header("Retry-After", "1");
      ctx.header("Refresh", "2");
      html(ctx, 202, Pages.error(202, "The brief of this story is being built: this page reloads in a moment."));
      return;
    }
    html(ctx, 200, page.orElseThrow(() -> ApiException.notFound("no story with id " + id)));
  }

  private void articlePage(Context ctx) {
    String id = ctx.pathParam("id");
    html(ctx, 200, Pages.article(store.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id))));
  }

  /** The request body, refused with 413 past the limit whether or not the client declared its length. */
  private byte[] boundedBody(Context ctx) {
    long limit = options.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw new ApiException(413, "request body of " + declared + " bytes is over the " + limit + "-byte limit");
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      // a body that ends before its declared length, or a client that went away or stalled
      String detail = e.getMessage() == null ? "" : ": " + Reasons.oneLine(e.getMessage());
      System.err.println("storyfuse-web: 400 on " + ctx.method() + " " + ctx.path() + ": the body could not be read ("
          + e.getClass().getSimpleName() + detail + ")");
      throw new ApiException(400, "the request body could not be read in full");
    }
    if (bytes.length > limit) {
      throw new ApiException(413, "request body is over the " + limit + "-byte limit");
    }
    return bytes;
  }

  private static void json(Context ctx, int status, String body) {
    ctx.status(status).contentType(JSON).result(body);
  }

  private static void html(Context ctx, int status, String body) {
    ctx.status(status).contentType(HTML).result(body);
  }

  private static final String ERROR_MARK = "storyfuse.error";

  private static void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_MARK, Boolean.TRUE);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      json(ctx, status, ApiJson.write(new ApiJson.Error(message, status)));
    } else {
      html(ctx, status, Pages.error(status, message));
    }
  }

  private static boolean isErrorBody(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(ERROR_MARK));
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 413 -> "request body too large";
      case 414 -> "URI too long";
      case 415 -> "unsupported media type";
      case 431 -> "request header fields too large";
      case 503 -> "service unavailable";
      default -> status >= 500 ? "internal error" : "request refused";
    };
  }
}
