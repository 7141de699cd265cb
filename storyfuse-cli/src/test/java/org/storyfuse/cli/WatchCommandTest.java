package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.store.SqliteStore;
import org.storyfuse.store.StoryQuery;

class WatchCommandTest {

  @TempDir Path tmp;

  @Test
  void aFileDroppedIntoTheFolderIsStoredAndTheWatchStopsCleanly() throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    Path db = tmp.resolve("watch.db");
    Files.copy(BriefCommandTest.SAMPLES.resolve("northline-valmora-floods.txt"), inbox.resolve("first.txt"));
    AtomicReference<CliRun> result = new AtomicReference<>();
    Thread watcher = new Thread(() -> result.set(CliRun.of("watch", inbox.toString(), "--db", db.toString(),
        "--analysis", "off", "--interval", "50", "--settle", "200")));
    watcher.start();
    try {
      awaitArticles(db, 1);
      // a file that appears while watching, written in two steps as a slow copy would
      Path second = inbox.resolve("second.html");
      Files.writeString(second, Files.readString(BriefCommandTest.SAMPLES.resolve("harbordaily-port-shut.html")));
      awaitArticles(db, 2);
      Files.writeString(inbox.resolve(".partial.txt"), "hidden files are skipped");
    } finally {
      watcher.interrupt();
      watcher.join(30_000);
    }
    assertThat(watcher.isAlive()).isFalse();
    CliRun run = result.get();
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().toList()).startsWith("1 new, 0 duplicate, 0 failed; 1 story updated: "
        + storyOf(db), "1 new, 0 duplicate, 0 failed; 1 story updated: " + storyOf(db));
    assertThat(run.err()).contains("watching " + inbox, "stopped watching " + inbox);
  }

  @Test
  void theFolderMustExist() {
    CliRun run = CliRun.of("watch", tmp.resolve("nowhere").toString(), "--db", tmp.resolve("w.db").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("cannot watch").contains("not a folder");
  }

  @Test
  void aFileIsHandedOverOnlyOnceItStopsGrowing() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("f"));
    FolderWatch watch = new FolderWatch(folder, Duration.ofSeconds(2));
    Path file = folder.resolve("a.txt");
    Files.writeString(file, "first half");
    Instant t = Instant.parse("2031-01-01T00:00:00Z");
    assertThat(watch.poll(t)).isEmpty(); // first seen
    Files.writeString(file, "first half and the second half"); // still growing
    assertThat(watch.poll(t.plusSeconds(3))).isEmpty();
    assertThat(watch.poll(t.plusSeconds(4))).isEmpty(); // unchanged for 1 s only
    assertThat(watch.poll(t.plusSeconds(5))).containsExactly(file);
    watch.handedOver(List.of(file));
    assertThat(watch.poll(t.plusSeconds(9))).isEmpty(); // done, unchanged
    Files.writeString(folder.resolve(".hidden"), "x");
    assertThat(watch.poll(t.plusSeconds(20))).isEmpty();
  }

  private static void awaitArticles(Path db, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(db)) {
        try (SqliteStore store = SqliteStore.open(db)) {
          int articles = store.stories(StoryQuery.all()).stream().mapToInt(s -> s.articles()).sum();
          if (articles >= n) {
            return;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the watch did not store " + n + " articles within 60 s");
  }

  private static String storyOf(Path db) {
    try (SqliteStore store = SqliteStore.open(db)) {
      return store.stories(StoryQuery.all()).get(0).id();
    }
  }
}
