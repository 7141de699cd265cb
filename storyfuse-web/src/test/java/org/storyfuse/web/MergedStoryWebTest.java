package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.pipeline.IncrementalPipeline;

/** A story id absorbed by a merge keeps answering in the API (the merged brief) and on the web page (a redirect). */
class MergedStoryWebTest {

  private static Article article(String id, String title, String... paragraphs) {
    return new Article(id, id + ".txt", "https://news.example/" + id, "Example News", title, null,
        PublicationDate.stated(LocalDate.of(2031, 5, 6), "test"), "en", List.of(paragraphs));
  }

  @Test
  void anAbsorbedIdAnswersWithTheStoryThatTookItsArticles() throws Exception {
    IncrementalPipeline pipeline = TestStores.withoutAnalysis();
    String older = pipeline.ingest(List.of(article("siren", "Dunmore tide gauge alarm",
        "A tide gauge alarm sounded at the Dunmore harbour wall early on Tuesday.",
        "Harbour master Oskar Lind said crews checked the gauge."))).outcomes().get(0).storyId();
    String absorbed = pipeline.ingest(List.of(article("locks", "Tessel canal locks jammed",
        "Barges queued at the Tessel canal locks after gates jammed on Tuesday.",
        "Canal engineer Mira Sobel said divers were inspecting the gates."))).outcomes().get(0).storyId();
    assertThat(absorbed).isNotEqualTo(older);
    pipeline.ingest(List.of(article("both", "Dunmore surge jams Tessel locks, sets off tide gauge alarm",
        "A storm surge set off the tide gauge alarm at the Dunmore harbour wall and jammed the Tessel canal locks on Tuesday.",
        "Harbour master Oskar Lind and canal engineer Mira Sobel said the Dunmore surge and the Tessel canal locks were linked.",
        "Barges queued at the Tessel canal locks while crews checked the Dunmore tide gauge alarm.")));
    assertThat(pipeline.store().resolveStory(absorbed)).hasValue(older);

    try (StoryfuseServer server = new StoryfuseServer(pipeline, new Extractor(), ServerOptions.defaults()).start(0)) {
      HttpClient http = HttpClient.newHttpClient(); // does not follow redirects
      HttpResponse<String> api = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/stories/" + absorbed)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(200);
      assertThat(api.headers().firstValue("Content-Location")).hasValue("/api/stories/" + older);
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.body()).get("story_id").asText()).isEqualTo(older);

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/stories/" + absorbed)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(302);
      assertThat(page.headers().firstValue("Location")).hasValue("/stories/" + older);

      HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/stories/s000")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(unknown.statusCode()).isEqualTo(404);
    }
  }
}
