package org.storyfuse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the files of a folder (recursively) that are new or changed and have stopped growing.
 * Polling rather than a WatchService: it works the same on every file system (network mounts,
 * containers), and "stopped growing" needs repeated looks at the size anyway. A file is complete
 * once its size and modification time have not changed for the settle time (a writer still
 * copying it keeps changing both) and, where the system can tell ({@link OpenForWriting}), no
 * process has it open for writing — a writer that pauses longer than the settle time with the file
 * open does not get its half-written file stored. A file that is stored and then changes comes
 * back, and the store replaces its earlier version. Hidden files (".name", editors' and rsync's
 * partial files) are skipped.
 */
final class FolderWatch {

  /** Most files handed over at once, so one huge drop is stored in bounded batches. */
  static final int MAX_FILES_PER_BATCH = 500;

  private record Look(long size, long modifiedMillis) {}

  private record Pending(Look look, Instant since) {}

  private final Path folder;
  private final Duration settle;
  private final Function<Set<Path>, Set<Path>> openForWriting;
  private final Map<Path, Look> handedOver = new HashMap<>();
  private final Map<Path, Pending> pending = new HashMap<>();

  FolderWatch(Path folder, Duration settle) {
    this(folder, settle, new OpenForWriting());
  }

  /** @param openForWriting of the given real paths, those some process has open for writing */
  FolderWatch(Path folder, Duration settle, Function<Set<Path>, Set<Path>> openForWriting) {
    this.folder = folder;
    this.settle = settle;
    this.openForWriting = openForWriting;
  }

  /** The settled new or changed files, sorted by path; call {@link #handedOver} once they are processed. */
  List<Path> poll(Instant now) {
    List<Path> files = list();
    pending.keySet().retainAll(files);
    List<Path> settled = new ArrayList<>();
    for (Path file : files) {
      Look look = look(file);
      if (look == null || look.equals(handedOver.get(file))) {
        continue;
      }
      Pending p = pending.get(file);
      if (p == null || !p.look().equals(look)) {
        pending.put(file, new Pending(look, now));
      } else if (!now.isBefore(p.since().plus(settle)) && settled.size() < MAX_FILES_PER_BATCH) {
        settled.add(file);
      }
    }
    if (settled.isEmpty()) {
      return settled;
    }
    // still open for writing: a writer that paused; the settle time starts again once it lets go
    Map<Path, Path> byRealPath = new HashMap<>();
    for (Path file : settled) {
      byRealPath.put(realPath(file), file);
    }
    Set<Path> open = openForWriting.apply(byRealPath.keySet());
    List<Path> ready = new ArrayList<>();
    for (Path file : settled) {
      if (open.contains(realPath(file))) {
        pending.put(file, new Pending(pending.get(file).look(), now));
      } else {
        ready.add(file);
      }
    }
    return ready;
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** Marks files as processed at the state they were polled in: they come back only when changed. */
  void handedOver(List<Path> files) {
    for (Path f : files) {
      Pending p = pending.remove(f);
      if (p != null) {
        handedOver.put(f, p.look());
      }
    }
  }

  private List<Path> list() {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder))
          .filter(p -> !hidden(folder.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Look look(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Look(a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return null; // deleted or unreadable between the listing and now: look again next time
    }
  }
}
