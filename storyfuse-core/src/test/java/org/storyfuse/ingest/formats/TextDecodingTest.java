package org.storyfuse.ingest.formats;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static final String ACCENTS = "Café in Zürich: «déjà vu», naïve façade";

  @Test
  void validUtf8StaysUtf8() {
    assertThat(TextDecoding.decode(ACCENTS.getBytes(UTF_8), null, false)).isEqualTo(ACCENTS);
  }

  @Test
  void invalidUtf8FallsBackToWindows1252SoLatin1Reads() {
    assertThat(TextDecoding.decode(ACCENTS.getBytes(ISO_8859_1), null, false)).isEqualTo(ACCENTS);
    // windows-1252 only: curly quotes and the euro sign
    byte[] cp1252 = "“Price” – 5 €".getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoding.decode(cp1252, null, false)).isEqualTo("“Price” – 5 €");
  }

  @Test
  void byteOrderMarksWinAndAreStripped() {
    assertThat(TextDecoding.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ACCENTS.getBytes(UTF_8)), "iso-8859-1", true))
        .isEqualTo(ACCENTS);
    assertThat(TextDecoding.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ACCENTS.getBytes(UTF_16LE)), null, false))
        .isEqualTo(ACCENTS);
  }

  @Test
  void htmlMetaCharsetAndHttpEquivAreHonoured() {
    String page = "<html><head><meta charset=\"iso-8859-15\"><title>x</title></head><body>" + ACCENTS + " €</body></html>";
    assertThat(TextDecoding.decode(page.getBytes(Charset.forName("ISO-8859-15")), null, true)).contains(ACCENTS + " €");

    String equiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
        + "<body>Москва</body></html>";
    assertThat(TextDecoding.decode(equiv.getBytes(Charset.forName("windows-1251")), null, true)).contains("Москва");
  }

  @Test
  void xmlDeclarationIsHonoured() {
    String xml = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss><channel><title>Москва</title></channel></rss>";
    assertThat(TextDecoding.decode(xml.getBytes(Charset.forName("KOI8-R")), null, true)).contains("Москва");
  }

  @Test
  void transportCharsetBeatsTheMetaTag() {
    String page = "<meta charset=\"utf-8\"><p>" + ACCENTS;
    assertThat(TextDecoding.decode(page.getBytes(ISO_8859_1), "ISO-8859-1", true)).contains(ACCENTS);
  }

  @Test
  void aMislabelledUtf8PageStillReads() {
    String page = "<meta charset=\"utf-8\"><p>" + ACCENTS;
    assertThat(TextDecoding.decode(page.getBytes(ISO_8859_1), null, true)).contains(ACCENTS);
  }

  @Test
  void unknownDeclaredCharsetIsIgnored() {
    String page = "<meta charset=\"x-no-such-charset\"><p>" + ACCENTS;
    assertThat(TextDecoding.decode(page.getBytes(UTF_8), null, true)).contains(ACCENTS);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
