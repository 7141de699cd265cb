package org.storyfuse.ingest.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, choosing the charset the way browsers do: a byte-order mark wins, then the
 * charset the transport or the markup declares, else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 when they are not (old Latin-1 pages and text dumps are the usual invalid UTF-8) —
 * unless they are UTF-8 but for a few bad bytes, which are then replaced and reported
 * ({@link #decodeReporting}).
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Declarations must appear early; browsers look at the first 1024 bytes, we allow some slack. */
  private static final int DECLARATION_SCAN_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private TextDecoding() {}

  /**
   * @param bytes              the raw content
   * @param transportCharset   a charset named by the transport (HTTP Content-Type), else null
   * @param markup             whether to look for a charset declared inside the content
   */
  static String decode(byte[] bytes, String transportCharset, boolean markup) {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
    }
    Charset declared = usable(transportCharset);
    if (declared == null && markup) {
      declared = usable(declaredInMarkup(bytes));
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    return utf8OrWindows1252(bytes);
  }

  /** Strict UTF-8, else windows-1252 (a superset of Latin-1 that never fails). */
  static String utf8OrWindows1252(byte[] bytes) {
    return decodeReporting(bytes, null, false).text();
  }

  /**
   * Text decoded, and what the user should be told about it (null when nothing).
   *
   * @param note e.g. "3 invalid UTF-8 bytes replaced with U+FFFD (the first at byte 1047)"
   */
  record Decoded(String text, String note) {}

  /**
   * As {@link #decode}, saying when bytes had to be replaced. Bytes that are not valid UTF-8 make
   * the text windows-1252 only when no valid multi-byte UTF-8 sequence outnumbers them (an old
   * Latin-1 file); in a UTF-8 file a stray invalid byte is replaced, and reported, instead of
   * turning every accented letter of the file into mojibake.
   */
  static Decoded decodeReporting(byte[] bytes, String transportCharset, boolean markup) {
    Bom bom = Bom.of(bytes);
    Charset declared = bom != null ? null : usable(transportCharset);
    if (bom == null && declared == null && markup) {
      declared = usable(declaredInMarkup(bytes));
    }
    if (bom != null || (declared != null && !declared.equals(StandardCharsets.UTF_8))) {
      return new Decoded(decode(bytes, transportCharset, markup), null);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, null);
    }
    Utf8Scan scan = Utf8Scan.of(bytes);
    if (scan.valid() >= scan.invalid() || declared != null) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), replacedNote(scan.invalid(), scan.firstInvalid()));
    }
    return new Decoded(new String(bytes, WINDOWS_1252), null);
  }

  /** The bytes as UTF-8, or null when some of them are not valid UTF-8. */
  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** What the user is told when {@code invalid} bytes were replaced, the first at byte {@code firstAt} of the file. */
  static String replacedNote(long invalid, long firstAt) {
    return invalid + " invalid UTF-8 byte" + (invalid == 1 ? "" : "s") + " replaced with U+FFFD (the first at byte "
        + firstAt + ")";
  }

  /** Valid multi-byte UTF-8 sequences and invalid bytes in some bytes. */
  record Utf8Scan(int valid, int invalid, long firstInvalid) {

    static Utf8Scan of(byte[] b) {
      int valid = 0;
      int invalid = 0;
      long first = -1;
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        boolean ok = len > 0 && i + len <= b.length;
        for (int k = 1; ok && k < len; k++) {
          int cc = b[i + k] & 0xFF;
          ok = cc >= 0x80 && cc <= 0xBF;
        }
        if (ok && len >= 3) {
          int second = b[i + 1] & 0xFF;
          ok = !(c == 0xE0 && second < 0xA0) && !(c == 0xED && second > 0x9F)
              && !(c == 0xF0 && second < 0x90) && !(c == 0xF4 && second > 0x8F);
        }
        if (ok) {
          valid++;
          i += len;
        } else {
          if (first < 0) {
            first = i;
          }
          invalid++;
          i++;
        }
      }
      return new Utf8Scan(valid, invalid, first);
    }
  }

  /** The charset named by an HTML meta tag or an XML declaration near the start, else null. */
  static String declaredInMarkup(byte[] bytes) {
    // Declarations are ASCII, so reading the head as Latin-1 finds them whatever the real charset.
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  /** The named charset if Java has it and it can be declared inside ASCII text, else null. */
  private static Charset usable(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    // As in the WHATWG encoding standard: these labels mean windows-1252 on the web.
    if (key.equals("iso-8859-1") || key.equals("latin1") || key.equals("us-ascii") || key.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      Charset charset = Charset.forName(key);
      // A UTF-16 declaration inside ASCII-readable bytes is a lie (the BOM case is handled earlier).
      return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32") ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Byte-order marks. */
  enum Bom {
    UTF_8(StandardCharsets.UTF_8, 3),
    UTF_16BE(StandardCharsets.UTF_16BE, 2),
    UTF_16LE(StandardCharsets.UTF_16LE, 2);

    final Charset charset;
    final int length;

    Bom(Charset charset, int length) {
      this.charset = charset;
      this.length = length;
    }

    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return UTF_8;
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return UTF_16BE;
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return UTF_16LE;
      }
      return null;
    }
  }
}
