package org.storyfuse.ingest.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory only up to a bound, so no input decides how much memory it takes. */
final class BoundedBytes {

  private static final int BUFFER = 64 * 1024;

  private BoundedBytes() {}

  /** All bytes of the stream, or null as soon as it holds more than {@code maxBytes}. */
  static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return copyAtMost(in, out, maxBytes) ? out.toByteArray() : null;
  }

  /**
   * Copies the stream into {@code out} until its end (true) or until it has held more than {@code
   * maxBytes} (false). What was copied stays in {@code out} when reading fails midway, so a caller
   * can keep the part before damage.
   */
  static boolean copyAtMost(InputStream in, ByteArrayOutputStream out, long maxBytes) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > maxBytes) {
        return false;
      }
      out.write(buffer, 0, n);
    }
    return true;
  }
}
