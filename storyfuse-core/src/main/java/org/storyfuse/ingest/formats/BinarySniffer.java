package org.storyfuse.ingest.formats;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells binary files (images, PDFs, archives, executables renamed .txt) from text, so they are
 * reported as such instead of being fed to an extractor as garbage text.
 */
final class BinarySniffer {

  private static final int SAMPLE_BYTES = 8192;
  /** Text has almost no C0 control characters besides tab, newline, carriage return and form feed. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private record Magic(String prefix, String kind) {}

  private static final Magic[] MAGICS = {
    new Magic("\u0089PNG", "PNG image"),
    new Magic("\u00FF\u00D8\u00FF", "JPEG image"),
    new Magic("GIF8", "GIF image"),
    new Magic("%PDF-", "PDF document"),
    new Magic("PK\u0003\u0004", "ZIP archive"),
    new Magic("7z\u00BC\u00AF", "7z archive"),
    new Magic("\u007FELF", "executable"),
    new Magic("Rar!", "RAR archive"),
    new Magic("BZh", "bzip2 data"),
    new Magic("\u00FD7zXZ", "xz data"),
    new Magic("\u0028\u00B5\u002F\u00FD", "zstd data"),
  };

  private BinarySniffer() {}

  /** What kind of binary data this looks like ("PNG image", "binary data"), or empty for text. */
  static Optional<String> describe(byte[] bytes) {
    if (TextDecoding.Bom.of(bytes) != null) {
      return Optional.empty(); // UTF-16 text is full of NUL bytes; a BOM says it is text
    }
    int n = Math.min(bytes.length, SAMPLE_BYTES);
    String head = new String(bytes, 0, Math.min(n, 8), StandardCharsets.ISO_8859_1);
    for (Magic magic : MAGICS) {
      if (head.startsWith(magic.prefix())) {
        return Optional.of(magic.kind());
      }
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary data");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    return n > 0 && controls > n * MAX_CONTROL_SHARE ? Optional.of("binary data") : Optional.empty();
  }
}
