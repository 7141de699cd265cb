package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.render.BriefJson;
import org.storyfuse.store.Store;
import org.storyfuse.pipeline.IncrementalPipeline;

/** Every endpoint of the JSON API and every error status, over real HTTP on a loopback port. */
class StoryfuseServerApiTest {

  static final String TOKEN = "test-token-4f1c";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static IncrementalPipeline store;
  static StoryfuseServer server;
  static String floodsArticle;

  @BeforeAll
  static void start() throws Exception {
    store = TestStores.withoutAnalysis();
    server = new StoryfuseServer(store, new Extractor(), ServerOptions.defaults().withToken(TOKEN).withMaxBodyBytes(64 * 1024))
        .start(0);
    HttpResponse<String> posted = post("application/json", WebFixtures.floodsJson(1), TOKEN);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    floodsArticle = json(posted).get("article_id").asText();
    assertThat(post("application/json", WebFixtures.floodsJson(2), TOKEN).statusCode()).isEqualTo(201);
    assertThat(post("text/plain; charset=utf-8", WebFixtures.electionText(), TOKEN).statusCode()).isEqualTo(201);
  }

  /** The floods story's current id, read from its first article (ids may change as stories grow). */
  static String floodsStory() throws IOException, InterruptedException {
    return json(get("/api/articles/" + floodsArticle)).get("story_id").asText();
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  @Test
  void postingNewsJsonStoresTheArticleAndSaysWhichStoryItJoined() throws Exception {
    HttpResponse<String> r = post("application/json", WebFixtures.floodsJson(3), TOKEN);
    assertThat(r.statusCode()).isEqualTo(201);
    assertJsonHeaders(r);
    JsonNode body = json(r);
    assertThat(body.get("duplicate").asBoolean()).isFalse();
    String id = body.get("article_id").asText();
    assertThat(r.headers().firstValue("Location")).hasValue("/api/articles/" + id);
    JsonNode article = json(get("/api/articles/" + id));
    assertThat(article.get("story_id").asText()).isEqualTo(body.get("story_id").asText());
    assertThat(article.get("title").asText()).isEqualTo("Floods close the port of Valmora, report 3");
    assertThat(article.get("outlet").asText()).isEqualTo("outlet3.example");
    assertThat(article.get("url").asText()).isEqualTo("https://outlet3.example/valmora-floods");
    assertThat(article.get("published").asText()).startsWith("2026-03-1");
  }

  @Test
  void postingTheSameArticleAgainIsReportedAsADuplicate() throws Exception {
    HttpResponse<String> again = post("application/json", WebFixtures.floodsJson(1), TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode body = json(again);
    assertThat(body.get("duplicate").asBoolean()).isTrue();
    assertThat(body.get("article_id").asText()).isEqualTo(floodsArticle);
  }

  @Test
  void postingHtmlAndPlainTextRunsTheExtractors() throws Exception {
    HttpResponse<String> html = post("text/html", WebFixtures.pageHtml(), TOKEN);
    assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
    JsonNode article = json(get("/api/articles/" + json(html).get("article_id").asText()));
    assertThat(article.get("title").asText()).isEqualTo("Bridge reopens after repairs");
    assertThat(article.get("paragraphs").toString()).contains("The Kessel bridge reopened").doesNotContain("Subscribe");

    JsonNode text = json(get("/api/articles/" + json(post("text/plain", WebFixtures.electionText(), TOKEN)).get("article_id").asText()));
    assertThat(text.get("paragraphs").size()).isGreaterThan(0);
  }

  @Test
  void postingNeedsTheBearerToken() throws Exception {
    for (String token : new String[] {null, "wrong", TOKEN + "x", ""}) {
      HttpResponse<String> r = post("application/json", WebFixtures.floodsJson(9), token);
      assertThat(r.statusCode()).as("token %s", token).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertError(r, 401, "bearer token");
    }
  }

  @Test
  void unreadableBodiesAreBadRequests() throws Exception {
    assertError(post("application/json", "{\"title\": \"x\", \"maintext\": ", TOKEN), 400, "malformed JSON");
    assertError(post("application/json", "{\"url\": \"https://example.org/nothing\"}", TOKEN), 400,
        "no article text and no headline");
    assertError(post("application/json", "[]", TOKEN), 400, "array is empty");
    assertError(post("application/json", "\"just a string\"", TOKEN), 400, "a string");
    assertError(post("text/plain", "", TOKEN), 400, "empty body");
    assertError(post("text/html", "<html><body><nav>Home</nav></body></html>", TOKEN), 400, "no article");
  }

  @Test
  void aJsonArrayOrJsonLinesBodyStoresEveryArticle() throws Exception {
    HttpResponse<String> array = post("application/json",
        "[" + WebFixtures.floodsJson(11) + ",\n " + WebFixtures.floodsJson(12) + "]", TOKEN);
    assertThat(array.statusCode()).as(array.body()).isEqualTo(201);
    JsonNode listed = json(array).get("articles");
    assertThat(listed).hasSize(2);
    for (JsonNode a : listed) {
      assertThat(a.get("duplicate").asBoolean()).isFalse();
      assertThat(get("/api/articles/" + a.get("article_id").asText()).statusCode()).isEqualTo(200);
    }
    assertThat(json(get("/api/articles/" + listed.get(1).get("article_id").asText())).get("title").asText())
        .isEqualTo("Floods close the port of Valmora, report 12");

    String lines = WebFixtures.floodsJson(13) + "\n\n" + WebFixtures.floodsJson(12) + "\r\n";
    HttpResponse<String> jsonLines = post("application/x-ndjson", lines, TOKEN);
    assertThat(jsonLines.statusCode()).as(jsonLines.body()).isEqualTo(201);
    JsonNode both = json(jsonLines).get("articles");
    assertThat(both).hasSize(2);
    assertThat(both.get(0).get("duplicate").asBoolean()).isFalse();
    assertThat(both.get(1).get("duplicate").asBoolean()).isTrue(); // report 12 came in the array
    assertThat(both.get(1).get("article_id").asText()).isEqualTo(listed.get(1).get("article_id").asText());

    // all duplicates: 200
    assertThat(post("application/x-ndjson", WebFixtures.floodsJson(13), TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyThatIsNotExactlyOneJsonValueIsRefusedWholeAndStoresNothing() throws Exception {
    long before = store.store().version();
    String first = WebFixtures.floodsJson(21);
    assertError(post("application/json", first + first.replace("report 21", "report 22"), TOKEN), 400,
        "Trailing token");
    assertError(post("application/json", first + " trailing words", TOKEN), 400, "malformed JSON");
    assertError(post("application/json", first + "\n" + WebFixtures.floodsJson(22), TOKEN), 400, "JSON Lines");
    assertError(post("application/json", "[" + first + ", 7]", TOKEN), 400, "element 2 is a number");
    assertError(post("application/json", "[" + first + ", {\"url\": \"https://example.org/none\"}]", TOKEN), 400,
        "element 2");
    assertError(post("application/x-ndjson", first + "\n{\"title\": ", TOKEN), 400, "line 2");
    assertError(post("application/x-ndjson", first + "\n[1, 2]", TOKEN), 400, "line 2 is an array");
    assertError(post("application/x-ndjson", "\n \n", TOKEN), 400, "no articles");
    assertThat(store.store().version()).as("nothing stored").isEqualTo(before);
    assertThat(get("/api/stories?q=report%2021").statusCode()).isEqualTo(200);
  }

  @Test
  void jettysOwnErrorsHaveTheJsonShape() throws Exception {
    // refused by Jetty before any route: NUL, malformed percent-encoding (on API and page paths), a bad version
    for (String target : List.of("/api/stories/a%00b", "/api/stories/%zz", "/stories/a%00b", "/a%zz")) {
      assertRawError(raw("GET " + target + " HTTP/1.1", ""), 400, "bad request", target);
    }
    assertRawError(raw("GET /api/stories HTTP/9.9", ""), 505, "", "HTTP/9.9");
    assertRawError(raw("GET /api/stories/" + "x".repeat(20_000) + " HTTP/1.1", ""), 414, "URI too long", "long URI");
    assertRawError(raw("GET /api/stories HTTP/1.1", "X-Big: " + "y".repeat(20_000) + "\r\n"), 431, "header",
        "big header");
    // an encoded slash reaches the route as part of the id
    assertError(get("/api/stories/a%2Fb"), 404, "no story with id a/b");
  }

  record Raw(int status, java.util.Map<String, String> headers, String body) {}

  /** One request written by hand (a URI java.net.URI would refuse), answered over a fresh connection. */
  static Raw raw(String requestLine, String headers) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String[] head = response.substring(0, end).split("\r\n");
      java.util.Map<String, String> fields = new java.util.HashMap<>();
      for (int i = 1; i < head.length; i++) {
        int colon = head[i].indexOf(':');
        fields.put(head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), head[i].substring(colon + 1).strip());
      }
      return new Raw(Integer.parseInt(head[0].split(" ")[1]), fields, response.substring(end + 4));
    }
  }

  static void assertRawError(Raw r, int status, String messagePart, String what) throws IOException {
    assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(status);
    assertThat(r.headers().get("content-type")).as(what).matches("(?i)application/json; ?charset=utf-8");
    assertThat(r.headers().get("x-content-type-options")).as(what).isEqualTo("nosniff");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asInt()).as(what).isEqualTo(status);
    assertThat(body.get("error").asText()).as(what).contains(messagePart);
    assertThat(body.size()).isEqualTo(2);
  }

  @Test
  void originsAreFileNamesNeverServerPaths() throws Exception {
    org.storyfuse.model.Article a = new org.storyfuse.model.Article("kept-on-server", "/srv/secret/inbox/2031/court.txt",
        null, "Court Wire", "Court clears Velmora harbour expansion", null, null, "en",
        List.of("A court in Velmora cleared the harbour expansion on Friday after a two-year dispute."));
    String id = store.ingest(List.of(a)).outcomes().get(0).articleId();
    JsonNode article = json(get("/api/articles/" + id));
    assertThat(article.get("origin").asText()).isEqualTo("court.txt");
    HttpResponse<String> page = get("/articles/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("court.txt").doesNotContain("/srv/secret");
    // a posted body's origin is the posted mark
    String posted = json(post("text/plain", WebFixtures.electionText(), TOKEN)).get("article_id").asText();
    assertThat(json(get("/api/articles/" + posted)).get("origin").asText()).startsWith("posted:");
  }

  @Test
  void unsupportedContentTypesAre415() throws Exception {
    assertError(post("application/xml", "<a/>", TOKEN), 415, "application/xml");
    assertError(send(HttpRequest.newBuilder(uri("/api/articles")).header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("plain words"))), 415, "Content-Type");
  }

  @Test
  void oversizedBodiesAre413WithOrWithoutAContentLength() throws Exception {
    String big = "word ".repeat(20_000); // 100 KB, over the test server's 64 KB
    assertError(post("text/plain", big, TOKEN), 413, "limit");
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    // a stream publisher has no known length: sent chunked, so only counting the bytes can catch it
    HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/articles"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    assertError(chunked, 413, "limit");
  }

  @Test
  void listsStoriesWithFilters() throws Exception {
    HttpResponse<String> r = get("/api/stories");
    assertThat(r.statusCode()).isEqualTo(200);
    assertJsonHeaders(r);
    JsonNode stories = json(r).get("stories");
    assertThat(stories.size()).isGreaterThanOrEqualTo(2);
    String floodsStory = floodsStory();
    JsonNode floods = find(stories, floodsStory);
    assertThat(floods.get("articles").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(floods.get("headline").asText()).isNotBlank();
    assertThat(floods.get("updated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

    assertThat(ids(get("/api/stories?q=valmora"))).contains(floodsStory);
    assertThat(ids(get("/api/stories?q=VALMORA"))).contains(floodsStory);
    assertThat(ids(get("/api/stories?q=no-such-words-anywhere"))).isEmpty();
    assertThat(ids(get("/api/stories?limit=1"))).hasSize(1);
    assertThat(ids(get("/api/stories?since=2000-01-01"))).contains(floodsStory);
    assertThat(ids(get("/api/stories?since=2999-01-01T00:00:00Z"))).isEmpty();
    assertThat(ids(get("/api/stories?since=2999-01-01T00:00:00%2B02:00"))).isEmpty();
  }

  @Test
  void badListParametersAreBadRequests() throws Exception {
    assertError(get("/api/stories?since=yesterday"), 400, "since");
    assertError(get("/api/stories?limit=0"), 400, "limit");
    assertError(get("/api/stories?limit=ten"), 400, "limit");
    assertError(get("/api/stories?limit=100000"), 400, "limit");
  }

  @Test
  void briefIsByteIdenticalToBriefJson() throws Exception {
    String floodsStory = floodsStory();
    HttpResponse<String> r = get("/api/stories/" + floodsStory);
    assertThat(r.statusCode()).isEqualTo(200);
    assertJsonHeaders(r);
    assertThat(r.body()).isEqualTo(BriefJson.write(TestStores.brief(store, floodsStory).orElseThrow()));
    assertThat(json(r).get("summary").size()).isGreaterThan(0);
  }

  @Test
  void unknownIdsAndPathsAre404() throws Exception {
    assertError(get("/api/stories/nope"), 404, "no story with id nope");
    assertError(get("/api/articles/nope"), 404, "no article with id nope");
    assertError(get("/api/nothing-here"), 404, "not found");
  }

  @Test
  void wrongMethodsAre405() throws Exception {
    assertError(send(HttpRequest.newBuilder(uri("/api/articles")).DELETE()), 405, "method not allowed");
    assertError(send(HttpRequest.newBuilder(uri("/api/stories")).POST(HttpRequest.BodyPublishers.ofString("{}"))),
        405, "method not allowed");
  }

  @Test
  void failuresInsideTheStoreAre500WithoutDetail() throws Exception {
    IncrementalPipeline broken = TestStores.pipeline(null).attach(new FailingStore());
    try (StoryfuseServer failing = new StoryfuseServer(broken, new Extractor(), ServerOptions.defaults()).start(0)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(failing.baseUri().resolve("/api/stories")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertError(r, 500, "internal error");
      assertThat(r.body()).doesNotContain("secret-detail").doesNotContain("at org.");
    }
  }

  @Test
  void anErrorInsideAHandlerIsA500WithTheJsonShapeNotAnEmptyOne() throws Exception {
    // Javalin alone answers an Error with an empty 500 and logs it where this server logs nothing
    org.storyfuse.ingest.DocumentExtractor overflowing = doc -> {
      throw new StackOverflowError("secret-detail");
    };
    try (StoryfuseServer failing = new StoryfuseServer(TestStores.pipeline(null).attach(new FailingStore()), overflowing,
        ServerOptions.defaults()).start(0)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(failing.baseUri().resolve("/api/articles"))
          .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString("<p>a page</p>")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertError(r, 500, "internal error");
      assertThat(r.body()).doesNotContain("secret-detail").doesNotContain("at org.");
    }
  }

  @Test
  void aBodyThatEndsBeforeItsDeclaredLengthIs400() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
          + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"title\": \"cut").getBytes(StandardCharsets.UTF_8));
      socket.shutdownOutput(); // the client stops 985 bytes short
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400 ").contains("the request body could not be read in full");
    }
  }

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    for (String path : List.of("/api/stories", "/", "/api/stories/nope")) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("default-src 'none'").doesNotContain("script-src");
    }
  }

  // ---- helpers

  static void assertJsonHeaders(HttpResponse<String> r) {
    // Jetty writes the parameter without the space: "application/json;charset=utf-8"
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).matches("(?i)application/json; ?charset=utf-8");
  }

  static void assertError(HttpResponse<String> r, int status, String messagePart) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertJsonHeaders(r);
    JsonNode body = json(r);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(messagePart);
    assertThat(body.size()).isEqualTo(2);
  }

  static JsonNode find(JsonNode stories, String id) {
    for (JsonNode s : stories) {
      if (s.get("id").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("story " + id + " not listed in " + stories);
  }

  static List<String> ids(HttpResponse<String> r) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> out = new java.util.ArrayList<>();
    json(r).get("stories").forEach(s -> out.add(s.get("id").asText()));
    return out;
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  static URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  static HttpResponse<String> post(String contentType, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/articles")).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A store whose every read and write fails, as a broken database would. */
  static final class FailingStore implements Store {
    @Override
    public long version() {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public long lastSeq() {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public java.util.Map<String, java.util.Set<String>> articlesOfSources(java.util.Collection<String> keys) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public java.util.Map<String, java.util.Set<String>> sourcesOf(java.util.Collection<String> ids) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public void forEachArticle(java.util.function.Consumer<org.storyfuse.store.StoredRow> each) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public java.util.Optional<String> idOfContent(String contentHash, String url) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public boolean idTaken(String articleId) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public List<org.storyfuse.store.StoredMember> members(java.util.Collection<String> articleIds) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public long commit(org.storyfuse.store.ChangeSet changes, CommitProgress progress) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public int saveBriefs(List<org.storyfuse.store.ChangeSet.BriefDocument> briefs, java.time.Instant now) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public List<org.storyfuse.store.StorySummary> stories(org.storyfuse.store.StoryQuery query) {
      throw new IllegalStateException("secret-detail: disk on fire");
    }

    @Override
    public java.util.Optional<org.storyfuse.store.StoredBrief> brief(String storyId) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public java.util.Optional<String> resolveStory(String storyId) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public java.util.Optional<org.storyfuse.store.StoredArticle> article(String articleId) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public List<org.storyfuse.store.SearchHit> search(String query, int limit) {
      throw new IllegalStateException("secret-detail");
    }

    @Override
    public void close() {}
  }
}
