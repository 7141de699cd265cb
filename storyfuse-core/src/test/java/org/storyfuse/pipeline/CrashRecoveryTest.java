package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyfuse.store.StoreChecks;
import org.storyfuse.store.TestDatabases;
import org.storyfuse.store.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Article;

/** A batch is one transaction: a process killed (SIGKILL) in the middle of one leaves none of it. */
class CrashRecoveryTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aProcessKilledMidBatchLeavesAConsistentStoreAndTheBatchCanBeRerun(Backend backend) throws Exception {
    String db = TestDatabases.fresh(backend, dir, "crash");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashingIngest.class.getName(), db)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.equals("stored 10")) {
          child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(lines).contains("committed", "stored 10").doesNotContain("finished");

    try (StoreDesk store = StoreDesk.open(db)) {
      assertThat(store.integrityCheck()).isEqualTo("ok");
      assertConsistent(db);
      // the first batch is there whole, the killed one not at all
      assertThat(count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(5);
      assertThat(count(db, "SELECT COUNT(*) FROM batches")).isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM article_text")).isEqualTo(5);

      List<Article> batch = CrashingIngest.largeBatch();
      IngestReport rerun = store.ingest(batch);
      assertThat(rerun.added()).isEqualTo(batch.size());
      assertThat(count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(5 + batch.size());
      assertConsistent(db);
      // a report of a story stored before the crash still joins it
      assertThat(store.article("chess-2").orElseThrow().storyId())
          .isEqualTo(store.article("chess-0").orElseThrow().storyId());
      assertThat(store.ingest(batch).duplicates()).isEqualTo(batch.size());
    }
  }

  /** No article without a story or source, no story without articles or a brief, full-text rows match, keys hold. */
  private static void assertConsistent(String db) throws SQLException {
    assertThat(StoreChecks.problems(db)).isEmpty();
  }

  private static long count(String db, String sql) throws SQLException {
    return TestDatabases.count(db, sql);
  }
}
