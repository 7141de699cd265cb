package org.storyfuse.ingest.formats;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyfuse.ingest.SourceDocument;
import org.storyfuse.ingest.SourceDocument.Kind;

class WarcFileReaderTest {

  private static final Instant FETCHED = Instant.parse("2023-03-08T04:05:06Z");

  @TempDir Path dir;

  @Test
  void everyHtml2xxResponseIsADocument() throws IOException {
    Path warc = writeCrawl("crawl.warc.gz", WarcCompression.GZIP);
    CollectingSink sink = CollectingSink.read(warc);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents)
        .extracting(SourceDocument::origin)
        .containsExactly("crawl.warc.gz#2", "crawl.warc.gz#5", "crawl.warc.gz#6", "crawl.warc.gz#7", "crawl.warc.gz#8");
    assertThat(sink.documents).allSatisfy(d -> assertThat(d.kind()).isEqualTo(Kind.HTML));

    SourceDocument plain = sink.documents.get(0);
    assertThat(plain.content()).contains("<p>Plain page.</p>");
    assertThat(plain.hints().url()).isEqualTo("https://news.example/plain");
    assertThat(plain.hints().fetched()).isEqualTo("2023-03-08T04:05:06Z");
    assertThat(plain.hints().published()).isNull();

    assertThat(sink.documents.get(1).content()).contains("<p>Gzipped page.</p>"); // Content-Encoding: gzip
    assertThat(sink.documents.get(2).content()).contains("<p>Chunked page.</p>"); // Transfer-Encoding: chunked
    assertThat(sink.documents.get(3).content()).contains("<p>Zürich café façade</p>"); // charset=ISO-8859-1
    assertThat(sink.documents.get(4).content()).contains("<p>Untyped page.</p>"); // no Content-Type, sniffed
  }

  @Test
  void uncompressedAndSniffedWarcFilesRead() throws IOException {
    assertThat(CollectingSink.read(writeCrawl("crawl.warc", WarcCompression.NONE)).documents).hasSize(5);
    assertThat(CollectingSink.read(writeCrawl("crawl.dat", WarcCompression.GZIP)).documents).hasSize(5);
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheDamage() throws IOException {
    byte[] whole = Files.readAllBytes(writeCrawl("whole.warc", WarcCompression.NONE));
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 200));
    CollectingSink sink = CollectingSink.read(cut);
    assertThat(sink.documents).hasSizeGreaterThanOrEqualTo(4);
    assertThat(sink.onlyProblem()).doesNotContain("\n").containsIgnoringCase("truncated");

    byte[] wholeGz = Files.readAllBytes(writeCrawl("whole.warc.gz", WarcCompression.GZIP));
    Path cutGz = dir.resolve("cut.warc.gz");
    Files.write(cutGz, Arrays.copyOf(wholeGz, wholeGz.length - 100));
    CollectingSink gz = CollectingSink.read(cutGz);
    assertThat(gz.documents).hasSizeGreaterThanOrEqualTo(4);
    assertThat(gz.onlyProblem()).doesNotContain("\n").containsIgnoringCase("truncated");
  }

  @Test
  void aWarcWithoutHtmlPagesIsAProblem() throws IOException {
    Path warc = dir.resolve("images.warc.gz");
    try (WarcWriter writer = writer(warc, WarcCompression.GZIP)) {
      writer.write(response("https://news.example/a.png", 200, "image/png", new byte[] {1, 2, 3}));
    }
    assertThat(CollectingSink.read(warc).onlyProblem()).isEqualTo("no HTML responses with a 2xx status in this WARC file");
  }

  @Test
  void aPageOverTheLimitIsSkippedWithAProblem() throws IOException {
    Path warc = dir.resolve("big.warc");
    try (WarcWriter writer = writer(warc, WarcCompression.NONE)) {
      writer.write(response("https://news.example/big", 200, "text/html", ("<p>" + "x".repeat(2_000_000)).getBytes(UTF_8)));
      writer.write(response("https://news.example/small", 200, "text/html", "<p>Small.</p>".getBytes(UTF_8)));
    }
    CollectingSink sink = CollectingSink.read(warc, new ReadLimits(ReadLimits.MIB, ReadLimits.MIB, 100));
    assertThat(sink.documents).extracting(SourceDocument::origin).containsExactly("big.warc#2");
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo("big.warc#1");
      assertThat(p.reason()).isEqualTo("HTML response is over the 1 MB limit (--max-file-size)");
    });
  }

  @Test
  void brotliBodiesAreAProblemNotACrash() throws IOException {
    Path warc = dir.resolve("br.warc");
    try (WarcWriter writer = writer(warc, WarcCompression.NONE)) {
      writer.write(raw("https://news.example/br", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n",
          new byte[] {0x0b, 0x02, (byte) 0x80}));
      writer.write(response("https://news.example/ok", 200, "text/html", "<p>Fine.</p>".getBytes(UTF_8)));
    }
    CollectingSink sink = CollectingSink.read(warc);
    assertThat(sink.documents).extracting(SourceDocument::origin).containsExactly("br.warc#2");
    assertThat(sink.onlyProblem()).isEqualTo("brotli-compressed body (Content-Encoding: br) is not supported");
  }

  @Test
  void aNonWarcFileNamedWarcIsAProblem() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.warc"), "this is not a crawl\n");
    assertThat(CollectingSink.read(fake).onlyProblem()).startsWith("not a WARC file");
  }

  /** request, 200 html, 404 html, 200 png, 200 gzip html, 200 chunked html, 200 latin-1 html, 200 untyped html. */
  private Path writeCrawl(String name, WarcCompression compression) throws IOException {
    Path warc = dir.resolve(name);
    try (WarcWriter writer = writer(warc, compression)) {
      HttpRequest get = new HttpRequest.Builder("GET", "/plain").addHeader("Host", "news.example").build();
      writer.write(new WarcRequest.Builder(URI.create("https://news.example/plain")).date(FETCHED).body(get).build());
      writer.write(response("https://news.example/plain", 200, "text/html; charset=utf-8", page("Plain page.").getBytes(UTF_8)));
      writer.write(response("https://news.example/gone", 404, "text/html", page("Not found.").getBytes(UTF_8)));
      writer.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      writer.write(raw("https://news.example/gz", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n",
          gzip(page("Gzipped page.").getBytes(UTF_8))));
      byte[] chunked = chunked(page("Chunked page.").getBytes(UTF_8));
      writer.write(raw("https://news.example/chunked",
          "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n", chunked));
      writer.write(response("https://news.example/latin", 200, "text/html; charset=ISO-8859-1",
          page("Zürich café façade").getBytes(ISO_8859_1)));
      writer.write(raw("https://news.example/untyped", "HTTP/1.1 200 OK\r\n", page("Untyped page.").getBytes(UTF_8)));
    }
    return warc;
  }

  private static String page(String paragraph) {
    return "<!doctype html><html><head><title>t</title></head><body><p>" + paragraph + "</p></body></html>";
  }

  private static WarcWriter writer(Path file, WarcCompression compression) throws IOException {
    return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression);
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body)
        .build();
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  /** A response whose HTTP bytes we write ourselves, for headers the builder would not produce. */
  private static WarcResponse raw(String url, String headers, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    if (!headers.contains("Transfer-Encoding")) {
      headers += "Content-Length: " + body.length + "\r\n";
    }
    http.writeBytes((headers + "\r\n").getBytes(ISO_8859_1));
    http.writeBytes(body);
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static byte[] chunked(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int half = data.length / 2;
    for (byte[] chunk : new byte[][] {Arrays.copyOfRange(data, 0, half), Arrays.copyOfRange(data, half, data.length)}) {
      out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(ISO_8859_1));
      out.writeBytes(chunk);
      out.writeBytes("\r\n".getBytes(ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(ISO_8859_1));
    return out.toByteArray();
  }
}
