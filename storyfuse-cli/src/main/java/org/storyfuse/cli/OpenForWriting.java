package org.storyfuse.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Which files some process has open for writing, where the operating system can tell: on Linux,
 * {@code /proc/PID/fd} links each open descriptor to its file and {@code /proc/PID/fdinfo} gives
 * its access mode. Only processes this user may inspect are seen (all of the user's own); where
 * {@code /proc} is missing (macOS, Windows) nothing is known and the watch relies on the settle time.
 */
final class OpenForWriting implements Function<Set<Path>, Set<Path>> {

  private static final Path PROC = Path.of("/proc");
  /** O_ACCMODE bits of the open flags: 1 = O_WRONLY, 2 = O_RDWR. */
  private static final int ACCESS_MODE = 3;

  /** Whether this system can tell at all. */
  static boolean supported() {
    return Files.isDirectory(PROC.resolve("self").resolve("fdinfo"));
  }

  /** Of {@code files} (real paths), those some process has open for writing; empty when it cannot tell. */
  @Override
  public Set<Path> apply(Set<Path> files) {
    Set<Path> open = new HashSet<>();
    if (files.isEmpty() || !supported()) {
      return open;
    }
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("\\d+"))) {
      for (Path process : processes) {
        scan(process, files, open);
        if (open.size() == files.size()) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // /proc unreadable: tell nothing rather than hold every file back
    }
    return open;
  }

  private static void scan(Path process, Set<Path> files, Set<Path> open) {
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
      for (Path fd : fds) {
        Path target;
        try {
          target = Files.readSymbolicLink(fd);
        } catch (IOException | UnsupportedOperationException e) {
          continue; // closed meanwhile
        }
        if (files.contains(target) && writable(process.resolve("fdinfo").resolve(fd.getFileName()))) {
          open.add(target);
        }
      }
    } catch (IOException | RuntimeException e) {
      // another user's process, or it ended meanwhile
    }
  }

  private static boolean writable(Path fdinfo) {
    try {
      for (String line : Files.readAllLines(fdinfo)) {
        if (line.startsWith("flags:")) {
          int flags = Integer.parseInt(line.substring("flags:".length()).strip(), 8);
          int mode = flags & ACCESS_MODE;
          return mode == 1 || mode == 2;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // gone meanwhile
    }
    return false;
  }
}
