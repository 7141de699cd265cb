package org.storyfuse.ingest.formats;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * One-line, user-facing reasons for problems. Users see "origin: reason" lines, never stack traces,
 * so every exception is boiled down here to its class and first message line.
 */
public final class Reasons {

  private static final int MAX_CHARS = 240;

  private Reasons() {}

  /** The text on one line, whitespace collapsed, cut to a readable length. */
  public static String oneLine(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 1) + "…";
  }

  /**
   * A one-line description of what went wrong: the exception's kind and the first line of its
   * message (later lines are often stack-like detail), never the stack trace.
   */
  public static String of(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof EOFException) {
      return "the file ends unexpectedly";
    }
    String message = e.getMessage() == null ? "" : oneLine(e.getMessage().strip().split("\\R", 2)[0]);
    String kind = e.getClass().getSimpleName();
    return message.isEmpty() ? kind : kind + ": " + message;
  }

  /** "50.0 MB": sizes in binary megabytes, as the --max-file-size option counts them. */
  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) ReadLimits.MIB);
  }

  /** "16 MB" for whole megabytes, else like {@link #megabytes}. */
  static String limit(long bytes) {
    return bytes % ReadLimits.MIB == 0 ? bytes / ReadLimits.MIB + " MB" : megabytes(bytes);
  }
}
