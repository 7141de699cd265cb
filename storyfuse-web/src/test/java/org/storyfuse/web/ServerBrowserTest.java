package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.model.Brief;
import org.storyfuse.store.Store;
import org.storyfuse.pipeline.IncrementalPipeline;

/**
 * End to end in a real browser: the five seed reports are POSTed to a running server, and headless
 * Chromium loads the pages a reader would. Hostile markup posted in an article must show as text
 * and never run.
 */
class ServerBrowserTest {

  private static final String TOKEN = "browser-test-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Each payload, if it ran, would retitle the page or mark the root element. */
  static final String HOSTILE_TITLE =
      "Harbour <script>document.title='pwned';document.documentElement.setAttribute('data-pwned','t')</script>"
          + " reopens <img src=x onerror=\"document.title='pwned'\">";
  static final String HOSTILE_TEXT = HOSTILE_TITLE + "\n\n"
      + "The harbour of Kestrel reopened on Friday after the storm, the port office said in a statement to reporters."
      + " <script>document.documentElement.setAttribute('data-pwned','body')</script>\n\n"
      + "Dock workers returned to the quay in the morning <img src=x onerror=\"document.documentElement"
      + ".setAttribute('data-pwned','img')\"> and the first ferry left at noon for the islands.\n";

  @TempDir static Path dir;
  static HeadlessChromium chromium;
  static IncrementalPipeline store;
  static StoryfuseServer server;

  @BeforeAll
  static void startAndPostTheSeeds() throws Exception {
    chromium = HeadlessChromium.findOrSkip(dir);
    store = TestStores.endToEnd();
    server = new StoryfuseServer(store, new Extractor(), ServerOptions.defaults().withToken(TOKEN)).start(0);
    Path seeds = Path.of(System.getProperty("storyfuse.shared", "../shared")).resolve("seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).as("seed reports in %s", seeds).hasSize(5);
    for (Path f : files) {
      HttpResponse<String> r = post("text/plain; charset=utf-8", Files.readString(f, StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as("%s: %s", f, r.body()).isEqualTo(201);
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
      store.close();
    }
  }

  @Test
  void theStoryPageShowsTheSeedsBriefWithCitationsAndQuotes() throws Exception {
    String storyId = biggestStory();
    Brief brief = TestStores.brief(store, storyId).orElseThrow();
    assertThat(brief.sources()).hasSize(5);
    assertThat(brief.quotes()).as("the FAST analysis finds the seeds' quotes").isNotEmpty();

    Document dom = Jsoup.parse(chromium.dumpDom(server.baseUri().resolve("/stories/" + storyId)));
    assertThat(dom.select("article.brief h1").text()).isEqualTo(brief.headline()).isNotBlank();
    assertThat(dom.select(".summary > ol > li")).hasSize(brief.summary().size()).isNotEmpty();
    assertThat(dom.select(".summary > ol > li").first().select("a.cite")).isNotEmpty();
    for (String href : dom.select("a.cite").eachAttr("href")) {
      assertThat(dom.getElementById(href.substring(1))).as("citation target %s", href).isNotNull();
    }
    // direct quotes in blockquotes, reported speech as "speaker said …" without quotation marks
    List<Brief.Quote> direct = brief.quotes().stream().filter(q -> !q.reported()).toList();
    assertThat(direct).isNotEmpty();
    assertThat(dom.select(".quote.direct blockquote")).hasSize(direct.size());
    assertThat(dom.select(".quote.direct blockquote").first().text()).isEqualTo(direct.get(0).text());
    assertThat(dom.select(".quote.reported")).hasSize(brief.quotes().size() - direct.size());
    assertThat(dom.select(".quote.reported blockquote")).isEmpty();
    assertThat(dom.select(".source a.stored")).hasSize(5);

    Document list = Jsoup.parse(chromium.dumpDom(server.baseUri().resolve("/?q=Ryabkov")));
    assertThat(list.select(".story-list a").eachText()).containsExactly(brief.headline());
  }

  @Test
  void hostileMarkupInAPostedArticleShowsAsTextAndNeverRuns() throws Exception {
    HttpResponse<String> r = post("text/plain", HOSTILE_TEXT);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode ingested = JSON.readTree(r.body());
    String articleId = ingested.get("article_id").asText();
    JsonNode stored = JSON.readTree(HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/articles/" + articleId))
        .build(), HttpResponse.BodyHandlers.ofString()).body());
    assertThat(stored.get("title").asText()).as("the extractor kept the markup as text").contains("<script>");
    assertThat(stored.get("paragraphs").toString()).contains("<img src=x onerror=");

    for (String path : List.of("/articles/" + articleId, "/stories/" + ingested.get("story_id").asText(), "/")) {
      Document dom = Jsoup.parse(chromium.dumpDom(server.baseUri().resolve(path)));
      assertThat(dom.selectFirst("html").hasAttr("data-pwned")).as(path).isFalse();
      // a payload that ran would have replaced the whole title with "pwned"
      assertThat(dom.title()).as(path).isNotEqualTo("pwned").contains("Storyfuse");
      assertThat(dom.select("script, img, iframe, object, embed")).as(path).isEmpty();
      assertThat(dom.select("[onerror], [onload]")).as(path).isEmpty();
      assertThat(dom.body().text()).as(path).contains("<script>document.title='pwned'");
    }
    Document article = Jsoup.parse(chromium.dumpDom(server.baseUri().resolve("/articles/" + articleId)));
    assertThat(article.select("h1").text()).isEqualTo(stored.get("title").asText());
    assertThat(article.title()).startsWith("Harbour <script>");
    assertThat(article.select(".text").text()).contains("<img src=x onerror=\"document.documentElement");
  }

  private static String biggestStory() throws Exception {
    JsonNode stories = JSON.readTree(HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/stories")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).get("stories");
    String best = null;
    int most = 0;
    for (JsonNode s : stories) {
      if (s.get("articles").asInt() > most) {
        most = s.get("articles").asInt();
        best = s.get("id").asText();
      }
    }
    return best;
  }

  private static HttpResponse<String> post(String contentType, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/articles"))
        .header("Content-Type", contentType).header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
