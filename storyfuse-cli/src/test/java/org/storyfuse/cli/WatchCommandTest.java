package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;
import org.storyfuse.store.SqliteStore;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;

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

  @Test
  void aFileStillOpenForWritingIsHeldBackUntilItsWriterLetsGo() throws Exception {
    assumeTrue(OpenForWriting.supported(), "this system cannot tell which files are open for writing (no /proc)");
    Path folder = Files.createDirectories(tmp.resolve("open"));
    Path file = folder.resolve("slow.txt");
    FolderWatch watch = new FolderWatch(folder, Duration.ofSeconds(2));
    Instant t = Instant.parse("2031-01-01T00:00:00Z");
    try (java.io.OutputStream writer = Files.newOutputStream(file)) {
      writer.write("The first half of a report, written before a long pause".getBytes(StandardCharsets.UTF_8));
      writer.flush();
      assertThat(watch.poll(t)).isEmpty();
      // size and time have not changed for far longer than the settle time, but the writer still has it open
      assertThat(watch.poll(t.plusSeconds(10))).isEmpty();
      assertThat(watch.poll(t.plusSeconds(60))).isEmpty();
      writer.write(" and the second half.".getBytes(StandardCharsets.UTF_8));
    }
    Instant closed = t.plusSeconds(61);
    assertThat(watch.poll(closed)).isEmpty(); // changed since the last look
    assertThat(watch.poll(closed.plusSeconds(1))).isEmpty(); // settling
    assertThat(watch.poll(closed.plusSeconds(3))).containsExactly(file);
  }

  @Test
  void aSettledFileReportedOpenIsHeldBackAndItsSettleTimeStartsAgain() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("fake"));
    Path file = Files.writeString(folder.resolve("a.txt"), "some text");
    java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
    FolderWatch watch = new FolderWatch(folder, Duration.ofSeconds(2), paths -> open.get() ? paths : java.util.Set.of());
    Instant t = Instant.parse("2031-01-01T00:00:00Z");
    assertThat(watch.poll(t)).isEmpty();
    assertThat(watch.poll(t.plusSeconds(5))).isEmpty(); // settled, but open
    open.set(false);
    assertThat(watch.poll(t.plusSeconds(6))).isEmpty(); // let go 1 s ago
    assertThat(watch.poll(t.plusSeconds(7))).containsExactly(file);
  }

  @Test
  void aFileThatChangesAfterItWasStoredReplacesItsEarlierVersion() throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    Path db = tmp.resolve("watch.db");
    Files.copy(BriefCommandTest.SAMPLES.resolve("northline-valmora-floods.txt"), inbox.resolve("first.txt"));
    List<String> page = Files.readAllLines(BriefCommandTest.SAMPLES.resolve("harbordaily-port-shut.html"));
    AtomicReference<CliRun> result = new AtomicReference<>();
    Thread watcher = new Thread(() -> result.set(CliRun.of("watch", inbox.toString(), "--db", db.toString(),
        "--analysis", "off", "--interval", "50", "--settle", "200")));
    watcher.start();
    try {
      awaitArticles(db, 1);
      // a writer that stops for longer than the settle time with the file closed: its first half is stored
      String full = String.join("\n", page);
      String half = full.substring(0, full.indexOf("About 4,000 residents"));
      Files.writeString(inbox.resolve("second.html"), half + "</p></article></body></html>\n");
      awaitArticles(db, 2);
      Files.writeString(inbox.resolve("second.html"), full);
      await(() -> {
        try (SqliteStore store = SqliteStore.open(db)) {
          return !store.search("residents evacuated overnight", 5).isEmpty();
        }
      }, "the full version of second.html to be stored");
    } finally {
      watcher.interrupt();
      watcher.join(30_000);
    }
    CliRun run = result.get();
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().toList()).hasSize(3);
    assertThat(run.out().lines().toList().get(2)).startsWith("1 new, 0 duplicate, 0 failed, 1 replaced; 1 story updated: ");
    try (SqliteStore store = SqliteStore.open(db)) {
      List<StorySummary> stories = store.stories(StoryQuery.all());
      assertThat(stories).singleElement().satisfies(s -> {
        assertThat(s.articles()).isEqualTo(2);
        assertThat(s.sources()).isEqualTo(2); // not 3: the file counts once
      });
      assertThat(store.search("faster than forecasters had predicted", 5)).isNotEmpty();
    }
  }

  private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("waited 120 s for " + what);
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
