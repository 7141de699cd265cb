package org.storyfuse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One annotated page of a WCXB-shaped directory: {@code html/ID.html.gz} (or {@code .html}) and
 * {@code ground-truth/ID.json} holding {@code url} and {@code ground_truth.{title, author,
 * publish_date, main_content, with[], without[]}}. Missing fields are null or empty.
 */
public record GroundTruthPage(
    String id,
    Path html,
    String url,
    String title,
    String author,
    String publishDate,
    String mainContent,
    List<String> with,
    List<String> without) {

  /** Largest page read, decompressed: beyond it the file is refused, not truncated. */
  public static final long MAX_HTML_BYTES = 64L * 1024 * 1024;

  /** Largest ground-truth file read. */
  static final long MAX_JSON_BYTES = 16L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  public GroundTruthPage {
    with = with == null ? List.of() : List.copyOf(with);
    without = without == null ? List.of() : List.copyOf(without);
  }

  /** The ground-truth files of {@code truthDir} ({@code NNNN.json}), in file-name order. */
  static List<Path> files(Path truthDir) throws IOException {
    try (Stream<Path> s = Files.list(truthDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  /** The day {@code publish_date} names ("2021-03-04", "2021-03-04T10:00:00Z"), if it names one. */
  Optional<LocalDate> publishDay() {
    if (publishDate == null || publishDate.strip().length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(publishDate.strip().substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Reads {@code ground-truth/ID.json}; {@code html} is where its page should be (may not exist). */
  static GroundTruthPage read(Path json, Path htmlDir) throws IOException {
    if (Files.size(json) > MAX_JSON_BYTES) {
      throw new IOException("ground truth larger than " + MAX_JSON_BYTES + " bytes");
    }
    JsonNode root = JSON.readTree(json.toFile());
    String name = json.getFileName().toString();
    String id = name.substring(0, name.length() - ".json".length());
    JsonNode gt = root.path("ground_truth");
    Path html = htmlDir.resolve(id + ".html.gz");
    if (!Files.exists(html) && Files.exists(htmlDir.resolve(id + ".html"))) {
      html = htmlDir.resolve(id + ".html");
    }
    return new GroundTruthPage(id, html, text(root.get("url")), text(gt.get("title")),
        text(gt.get("author")), text(gt.get("publish_date")), text(gt.get("main_content")),
        strings(gt.get("with")), strings(gt.get("without")));
  }

  /** The page's HTML, decoded as UTF-8; gzip is inflated up to {@link #MAX_HTML_BYTES}. */
  String readHtml() throws IOException {
    return readBounded(html, MAX_HTML_BYTES);
  }

  /**
   * Reads {@code file} as UTF-8, inflating it when its name ends in ".gz"; refuses files whose
   * (decompressed) content exceeds {@code maxBytes} without reading further (gzip bombs).
   */
  static String readBounded(Path file, long maxBytes) throws IOException {
    boolean gz = file.getFileName().toString().endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gz ? new GZIPInputStream(raw, 64 * 1024) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new IOException(file.getFileName() + " is larger than " + maxBytes + " bytes once decompressed");
        }
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull() || !n.isValueNode()) {
      return null;
    }
    String s = n.asText();
    return s.isBlank() || s.equals("None") || s.equals("null") ? null : s;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      for (JsonNode x : n) {
        if (x.isTextual() && !x.asText().isBlank()) {
          out.add(x.asText());
        }
      }
    }
    return out;
  }
}
