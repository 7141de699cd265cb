package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.pipeline.BriefRefresher;
import org.storyfuse.pipeline.IncrementalPipeline;

/**
 * A server that rebuilds briefs off the request path (as {@code storyfuse serve} does): a post
 * answers once its article is stored, saying the brief is pending; a read meanwhile gets 202 (no
 * brief yet) or the previous brief marked pending; then the new brief, unmarked.
 */
class DeferredBriefsWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void postsAnswerBeforeTheBriefAndReadersSeeItPendingThenBuilt() throws Exception {
    IncrementalPipeline pipeline = TestStores.withoutAnalysis();
    try (StoryfuseServer server = new StoryfuseServer(pipeline, new Extractor(),
        ServerOptions.defaults().withDeferredBriefs(true)).start(0)) {
      BriefRefresher refresher = pipeline.refresher().orElseThrow();
      refresher.pause(true); // hold the background builder so the pending states can be seen
      JsonNode first = JSON.readTree(post(server, WebFixtures.floodsJson(1)).body());
      String story = first.get("story_id").asText();
      assertThat(first.get("brief_pending").asBoolean()).isTrue();

      HttpResponse<String> none = get(server, "/api/stories/" + story);
      assertThat(none.statusCode()).isEqualTo(202);
      assertThat(none.headers().firstValue("Retry-After")).isPresent();
      assertThat(JSON.readTree(none.body()).get("brief_pending").asBoolean()).isTrue();
      assertThat(get(server, "/stories/" + story).statusCode()).isEqualTo(202);

      refresher.pause(false);
      assertThat(refresher.awaitIdle(Duration.ofMinutes(1))).isTrue();
      JsonNode built = JSON.readTree(get(server, "/api/stories/" + story).body());
      assertThat(built.has("brief_pending")).isFalse();
      assertThat(built.get("sources").size()).isEqualTo(1);

      refresher.pause(true);
      JsonNode second = JSON.readTree(post(server, WebFixtures.floodsJson(2)).body());
      assertThat(second.get("story_id").asText()).isEqualTo(story);
      HttpResponse<String> previous = get(server, "/api/stories/" + story);
      assertThat(previous.statusCode()).isEqualTo(200);
      JsonNode stale = JSON.readTree(previous.body());
      assertThat(stale.get("brief_pending").asBoolean()).isTrue();
      assertThat(stale.get("sources").size()).as("the previous brief, marked pending").isEqualTo(1);

      refresher.pause(false);
      assertThat(refresher.awaitIdle(Duration.ofMinutes(1))).isTrue();
      JsonNode fresh = JSON.readTree(get(server, "/api/stories/" + story).body());
      assertThat(fresh.has("brief_pending")).isFalse();
      assertThat(fresh.get("sources").size()).isEqualTo(2);
    } finally {
      pipeline.close();
    }
  }

  private static HttpResponse<String> post(StoryfuseServer server, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/articles"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(StoryfuseServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
