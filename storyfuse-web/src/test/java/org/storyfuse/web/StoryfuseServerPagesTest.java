package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.model.Brief;
import org.storyfuse.store.Store;
import org.storyfuse.pipeline.IncrementalPipeline;

/** The server-rendered pages over HTTP: list with search, story page, article page, error pages. */
class StoryfuseServerPagesTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static IncrementalPipeline store;
  static StoryfuseServer server;
  static String floodsArticle;

  @BeforeAll
  static void start() throws Exception {
    store = TestStores.withoutAnalysis();
    server = new StoryfuseServer(store, new Extractor(), ServerOptions.defaults()).start(0);
    for (int n = 1; n <= 3; n++) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(server.baseUri().resolve("/api/articles"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(WebFixtures.floodsJson(n))));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      if (n == 1) {
        floodsArticle = new ObjectMapper().readTree(r.body()).get("article_id").asText();
      }
    }
    send(HttpRequest.newBuilder(server.baseUri().resolve("/api/articles")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(WebFixtures.electionText())));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void storyListLinksEveryStoryAndSearchFiltersIt() throws Exception {
    Document all = page("/", 200);
    assertThat(all.select("form.search[method=get][action=/] input[name=q]")).hasSize(1);
    assertThat(all.select(".story-list li")).hasSize(2);
    assertThat(all.select(".story-list a").eachAttr("href")).allMatch(h -> h.startsWith("/stories/s"));

    Document found = page("/?q=Lindqvist", 200);
    assertThat(found.select(".story-list li")).hasSize(1);
    assertThat(found.select(".story-list a").text()).isEqualTo("Lindqvist wins Norrby mayoral race");
    assertThat(found.select("input[name=q]").attr("value")).isEqualTo("Lindqvist");

    assertThat(page("/?q=nothing+matches+this", 200).select(".empty").text()).isEqualTo("No story matches.");
  }

  @Test
  void storyPageIsTheBriefWithLinksToTheStoredArticles() throws Exception {
    JsonNode article = new ObjectMapper().readTree(send(HttpRequest.newBuilder(
        server.baseUri().resolve("/api/articles/" + floodsArticle))).body());
    String storyId = article.get("story_id").asText();
    Brief brief = TestStores.brief(store, storyId).orElseThrow();

    Document doc = page("/stories/" + storyId, 200);
    assertThat(doc.select("article.brief").attr("data-story-id")).isEqualTo(storyId);
    assertThat(doc.select("h1").text()).isEqualTo(brief.headline());
    assertThat(doc.select(".summary > ol > li")).hasSize(brief.summary().size());
    assertThat(doc.select(".source")).hasSize(brief.sources().size());
    assertThat(doc.select(".source a.stored").eachAttr("href"))
        .containsExactlyElementsOf(brief.sources().stream().map(s -> "/articles/" + s.articleId()).toList());
    // every citation finds its sentence: the page split the stored articles as the brief did
    for (String href : doc.select("a.cite").eachAttr("href")) {
      assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
    }
    assertThat(doc.select("nav.site a").attr("href")).isEqualTo("/");
  }

  @Test
  void articlePageShowsTheCleanedText() throws Exception {
    Document doc = page("/articles/" + floodsArticle, 200);
    assertThat(doc.select("h1").text()).isEqualTo("Floods close the port of Valmora, report 1");
    assertThat(doc.select(".text p").first().text()).startsWith("Heavy rain flooded the port of Valmora");
    assertThat(doc.select(".meta a").attr("href")).isEqualTo("https://outlet1.example/valmora-floods");
    assertThat(doc.select("nav.site a").eachAttr("href")).anyMatch(h -> h.startsWith("/stories/s"));
  }

  @Test
  void unknownPagesAre404Pages() throws Exception {
    assertThat(page("/stories/nope", 404).select(".error").text()).isEqualTo("no story with id nope");
    assertThat(page("/articles/nope", 404).select(".error").text()).isEqualTo("no article with id nope");
    assertThat(page("/nowhere", 404).select("h1").text()).isEqualTo("Error 404");
  }

  private static Document page(String path, int status) throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(server.baseUri().resolve(path)));
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).matches("(?i)text/html; ?charset=utf-8");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
    return Jsoup.parse(r.body());
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
