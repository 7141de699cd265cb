package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfuse.pipeline.StoreFixtures.bridge;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Article;
import org.storyfuse.store.Store;

/**
 * A store written before sources were recorded (schema version 2) still opens: its rows keep
 * their Flyway checksums, its articles are marked as of unknown file ('legacy') or as posted
 * ('none'), and a file read again takes its article over, so a later change replaces it.
 */
class LegacyStoreTest {

  @TempDir Path dir;

  @Test
  void aVersionTwoStoreOpensAndItsFilesAreAdoptedWhenReadAgain() throws Exception {
    // rows as a version-2 store holds them: written by today's code, copied into a schema at V2
    Path today = dir.resolve("today.db");
    Article posted = new Article("posted-1", "posted:0123abcd", "https://example.org/posted", "Wire", "Kestrel Bridge "
        + "inspection", null, bridge(2).published(), "en", bridge(2).paragraphs());
    try (StoreDesk desk = StoreDesk.open(today)) {
      desk.ingest(List.of(bridge(0), bridge(1), posted));
    }
    Path old = dir.resolve("old.db");
    Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/storyfuse").target("2")
        .load().migrate();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
      s.execute("ATTACH DATABASE '" + today + "' AS src");
      for (String table : List.of("batches", "stories", "articles", "briefs", "story_aliases")) {
        s.execute("INSERT INTO " + table + " SELECT * FROM src." + table);
      }
      s.execute("INSERT INTO article_text (article_id, title, body) SELECT article_id, title, body FROM src.article_text");
      s.execute("INSERT INTO brief_text (story_id, headline, body) SELECT story_id, headline, body FROM src.brief_text");
    }

    try (StoreDesk desk = StoreDesk.open(old)) {
      Store store = desk.store();
      assertThat(store.sourcesOf(List.of("bridge-0", "bridge-1", "posted-1"))).isEqualTo(Map.of(
          "bridge-0", Set.of(Store.LEGACY_SOURCE), "bridge-1", Set.of(Store.LEGACY_SOURCE), "posted-1", Set.of(Store.UNSOURCED)));
      assertThat(desk.integrityCheck()).isEqualTo("ok");

      Arrival reread = Arrival.fromFile(bridge(0), dir.resolve("inbox/a.txt"));
      IngestReport adopted = desk.ingestArrivals(List.of(reread));
      assertThat(adopted.duplicates()).isEqualTo(1);
      assertThat(store.sourcesOf(List.of("bridge-0"))).isEqualTo(Map.of("bridge-0", Set.of(reread.source())));

      List<String> text = new ArrayList<>(bridge(0).paragraphs());
      text.add("Update: the bridge will reopen to pedestrians on Monday.");
      Article edited = new Article("bridge-0-v2", bridge(0).origin(), bridge(0).url(), bridge(0).outlet(),
          bridge(0).title(), null, bridge(0).published(), "en", text);
      IngestReport replaced = desk.ingestArrivals(List.of(Arrival.fromFile(edited, dir.resolve("inbox/a.txt"))));
      assertThat(replaced.replaced()).containsExactly("bridge-0");
      assertThat(desk.article("bridge-1")).isPresent(); // never read again: stays, of unknown file
      assertThat(desk.integrityCheck()).isEqualTo("ok");
    }
  }
}
