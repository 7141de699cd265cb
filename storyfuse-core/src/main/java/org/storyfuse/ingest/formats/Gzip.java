package org.storyfuse.ingest.formats;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip inputs, inflated with a hard bound so a small hostile file (a zip bomb) cannot fill memory.
 * Compression is recognised by its magic bytes, not by the ".gz" name.
 */
final class Gzip {

  private static final int BUFFER = 64 * 1024;
  private static final String TRUNCATED = "truncated gzip file: the compressed data ends early";

  private Gzip() {}

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** The whole decompressed content, refusing more than {@code maxBytes}. */
  static byte[] decompress(Path file, long maxBytes) throws IOException, UnreadableInputException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
      byte[] bytes = BoundedBytes.readAtMost(in, maxBytes);
      if (bytes == null) {
        throw tooLarge(maxBytes);
      }
      return bytes;
    } catch (EOFException e) {
      throw new UnreadableInputException(TRUNCATED);
    } catch (ZipException e) {
      throw new UnreadableInputException(corrupt(e));
    }
  }

  /**
   * What could be inflated, and why the rest could not (null when the file is whole).
   *
   * @param damage "truncated gzip file: …" or "corrupt gzip data (…)", or null
   */
  record Partial(byte[] bytes, String damage) {}

  /**
   * The decompressed content as far as the data is sound: a truncated or corrupt file gives what
   * came before the damage, and says so. Refuses more than {@code maxBytes} as {@link #decompress}.
   */
  static Partial decompressPartial(Path file, long maxBytes) throws IOException, UnreadableInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String damage = null;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
      if (!BoundedBytes.copyAtMost(in, out, maxBytes)) {
        throw tooLarge(maxBytes);
      }
    } catch (EOFException | ZipException e) {
      damage = damage(e);
    }
    return new Partial(out.toByteArray(), damage);
  }

  private static String corrupt(ZipException e) {
    return "corrupt gzip data (" + Reasons.oneLine(e.getMessage()) + ")";
  }

  /** What a gzip stream's failure says of the file: "truncated gzip file: …" or "corrupt gzip data (…)". */
  static String damage(IOException e) {
    return e instanceof ZipException z ? corrupt(z) : TRUNCATED;
  }

  private static UnreadableInputException tooLarge(long maxBytes) {
    return new UnreadableInputException("decompresses to more than " + Reasons.limit(maxBytes)
        + "; skipped as a possible zip bomb (--max-decompressed-size)");
  }

  /** The bytes up to and including the last line break: a line cut by damage is dropped. */
  static byte[] completeLines(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    return end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
  }

  /** Up to {@code maxBytes} decompressed bytes from the start, for sniffing; tolerates truncation. */
  static byte[] head(Path file, int maxBytes) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
      return in.readNBytes(maxBytes);
    } catch (IOException e) {
      return new byte[0]; // a damaged file: the full read reports the damage
    }
  }
}
