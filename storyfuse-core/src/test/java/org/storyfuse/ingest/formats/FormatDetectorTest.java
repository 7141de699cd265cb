package org.storyfuse.ingest.formats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {

  @Test
  void extensionDecidesFirstAndIgnoresGz() {
    assertThat(FormatDetector.fromName("a.txt")).contains(Format.TEXT);
    assertThat(FormatDetector.fromName("A.HTM")).contains(Format.HTML);
    assertThat(FormatDetector.fromName("a.xhtml")).contains(Format.HTML);
    assertThat(FormatDetector.fromName("a.html.gz")).contains(Format.HTML);
    assertThat(FormatDetector.fromName("b.jsonl.gz")).contains(Format.JSON_LINES);
    assertThat(FormatDetector.fromName("b.ndjson")).contains(Format.JSON_LINES);
    assertThat(FormatDetector.fromName("c.json")).contains(Format.JSON);
    assertThat(FormatDetector.fromName("crawl.warc.gz")).contains(Format.WARC);
    assertThat(FormatDetector.fromName("news.rss")).contains(Format.FEED);
    assertThat(FormatDetector.fromName("news.atom")).contains(Format.FEED);
    assertThat(FormatDetector.fromName("feed.xml")).isEmpty();
    assertThat(FormatDetector.fromName("blob.dat")).isEmpty();
    assertThat(FormatDetector.fromName("README")).isEmpty();
  }

  @Test
  void sniffsTheFirstBytes() {
    assertThat(sniff("\n  <!DOCTYPE html><html><body>x</body></html>")).isEqualTo(Format.HTML);
    assertThat(sniff("<HTML lang=en><p>x")).isEqualTo(Format.HTML);
    assertThat(sniff("Warning: junk\n<!doctype html>\n<html>")).isEqualTo(Format.HTML);
    assertThat(sniff("<p>A bare fragment.</p>")).isEqualTo(Format.HTML);
    assertThat(sniff("{\"title\": \"x\"}")).isEqualTo(Format.JSON);
    assertThat(sniff("[{\"title\": \"x\"}]")).isEqualTo(Format.JSON);
    assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Format.WARC);
    assertThat(sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>")).isEqualTo(Format.FEED);
    assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Format.FEED);
    assertThat(sniff("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">")).isEqualTo(Format.HTML);
    assertThat(sniff("Mayor opens bridge\n\nThe mayor said a < b.")).isEqualTo(Format.TEXT);
  }

  @Test
  void sniffsThroughAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] html = "<!doctype html><html>".getBytes(UTF_8);
    byte[] both = new byte[bom.length + html.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(html, 0, both, 3, html.length);
    assertThat(FormatDetector.sniff(both)).isEqualTo(Format.HTML);
    assertThat(FormatDetector.sniff("{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_16)))
        .isEqualTo(Format.JSON);
  }

  private static Format sniff(String s) {
    return FormatDetector.sniff(s.getBytes(UTF_8));
  }
}
