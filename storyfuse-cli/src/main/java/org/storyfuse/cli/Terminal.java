package org.storyfuse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, where progress bars are worth drawing. Java 17 can only
 * tell whether the whole console is interactive ({@code System.console()} is null as soon as
 * stdout is redirected, as in {@code storyfuse brief … > out.md}), so on Linux the file behind
 * descriptor 2 is read; elsewhere the console check stands in.
 */
final class Terminal {

  private Terminal() {}

  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
