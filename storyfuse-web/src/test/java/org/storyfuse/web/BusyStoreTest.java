package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.store.Contention;
import org.storyfuse.store.Stores;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;

/** A POST that finds the store held by another writer past the server's bound gets 503, never 500, and stores nothing. */
class BusyStoreTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aStoreBusyPastTheBoundIs503WithRetryAfterAndTheSamePostLaterSucceeds(Backend backend) throws Exception {
    String location = TestDatabases.fresh(backend, dir, "busy");
    Contention impatient = Contention.of(Duration.ofMillis(400)).withAttemptWait(Duration.ofMillis(50));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (IncrementalPipeline pipeline = TestStores.pipeline(null).attach(Stores.open(location, impatient));
        StoryfuseServer server = new StoryfuseServer(pipeline, new Extractor(), ServerOptions.defaults()).start(0)) {
      HttpRequest post = HttpRequest.newBuilder(server.baseUri().resolve("/api/articles"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(WebFixtures.floodsJson(1)))
          .build();
      long version = pipeline.store().version();
      try (Connection other = TestDatabases.holdWriteLock(location)) {
        HttpResponse<String> busy = http.send(post, HttpResponse.BodyHandlers.ofString());
        StoryfuseServerApiTest.assertError(busy, 503, "busy");
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        // reads go on while a writer holds the store
        assertThat(http.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/stories")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      }
      assertThat(pipeline.store().version()).isEqualTo(version);
      HttpResponse<String> later = http.send(post, HttpResponse.BodyHandlers.ofString());
      assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
      assertThat(new ObjectMapper().readTree(later.body()).get("duplicate").asBoolean()).isFalse();
    }
  }
}
