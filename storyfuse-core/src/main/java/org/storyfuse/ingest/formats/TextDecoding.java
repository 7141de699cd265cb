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
 * windows-1252 when they are not (old Latin-1 pages and text dumps are the usual invalid UTF-8).
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
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
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
