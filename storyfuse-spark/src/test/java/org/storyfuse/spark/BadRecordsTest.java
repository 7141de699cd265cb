package org.storyfuse.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Bad input in a distributed run is what it is locally: each bad file or record is counted and
 * listed in the errors output with its path and reason; everything else is read and grouped, and
 * the job does not fail.
 */
class BadRecordsTest {

  @TempDir Path dir;

  private static final String[] STORY = {
      "The Lindholm harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the city "
          + "nearly 41 million crowns, the municipal transport office said.",
      "Engineers closed the steel bridge last July after inspectors found corrosion in two of its main support "
          + "cables, forcing about 30,000 daily commuters onto ferries.",
      "Mayor Ingrid Solberg thanked residents for their patience at the reopening ceremony on the bridge deck."};

  @Test
  void badFilesAndRecordsAreListedWithPathAndReasonAndTheRestIsGrouped() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    // a WARC.gz whose last record is cut off: the records before it are read
    Path warc = in.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      w.write(page("https://harbour.example/bridge", "Lindholm bridge reopens after repairs", STORY));
      w.write(page("https://coast.example/bridge-open", "Lindholm harbour bridge open again",
          STORY[2], STORY[0], "Traffic was heavy on the first morning, but police reported no accidents."));
      w.write(page("https://other.example/late", "A record that will be cut", STORY));
    }
    byte[] whole = Files.readAllBytes(warc);
    Files.write(warc, Arrays.copyOf(whole, whole.length - 120));
    // JSON Lines with one malformed line between two good ones
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"title\": \"Kestrel recalls K2 e-bikes\", \"url\": \"https://tech.example/k2\", \"date_publish\": \"2026-03-10\", "
            + "\"maintext\": \"Kestrel Motors recalled 42,000 K2 e-bikes on Tuesday after reports of battery fires during "
            + "charging. Owners should stop charging the bikes, the company said.\"}\n"
            + "{\"title\": \"broken\", \"maintext\": \n"
            + "{\"title\": \"Battery fires prompt Kestrel recall\", \"url\": \"https://wire.example/kestrel\", "
            + "\"date_publish\": \"2026-03-10\", \"maintext\": \"Kestrel Motors is recalling 42,000 of its K2 e-bikes "
            + "after battery fires, the company said on Tuesday. The bikes should not be charged.\"}\n",
        UTF_8);
    // a binary file under a text name
    byte[] noise = new byte[4096];
    new Random(5).nextBytes(noise);
    Files.write(in.resolve("notes.txt"), noise);
    // a file named as a crawl that is none
    Files.writeString(in.resolve("fake.warc"), "this is not a crawl\n", UTF_8);

    Path out = dir.resolve("out");
    SparkBriefJob.Summary summary = SparkBriefJob.run(LocalSpark.context(),
        SparkBriefJob.Options.defaults(List.of(in.toString()), out.toString()).withAnalysis(null));

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> errors = new ArrayList<>();
    for (String line : LocalSpark.lines(out.resolve("errors"))) {
      errors.add(json.readTree(line));
    }
    assertThat(summary.counts().get("errors")).isEqualTo(errors.size()).isEqualTo(4);
    assertThat(errors).allMatch(e -> e.get("path").asText().startsWith(in.toString()) && !e.get("reason").asText().isBlank());
    assertThat(errors).anyMatch(e -> e.get("path").asText().endsWith("crawl.warc.gz")
        && e.get("reason").asText().toLowerCase().contains("truncated"));
    assertThat(errors).anyMatch(e -> e.get("path").asText().contains("feed.jsonl"));
    assertThat(errors).anyMatch(e -> e.get("path").asText().endsWith("notes.txt")
        && e.get("reason").asText().contains("binary"));
    assertThat(errors).anyMatch(e -> e.get("path").asText().endsWith("fake.warc"));

    // the good records: two pages of the bridge story, two reports of the recall
    assertThat(summary.counts().get("articles")).isEqualTo(4);
    var storyOf = LocalSpark.storyOf(out);
    assertThat(storyOf).hasSize(4);
    assertThat(new java.util.HashSet<>(storyOf.values())).hasSize(2);
    assertThat(LocalSpark.lines(out.resolve("briefs"))).hasSize(2);
  }

  private static WarcResponse page(String url, String title, String... paragraphs) throws IOException {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>" + title
        + "</title><meta property=\"article:published_time\" content=\"2026-03-10T08:00:00Z\"></head><body><article><h1>"
        + title + "</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article></body></html>");
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), html.toString().getBytes(UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-03-10T09:00:00Z")).body(http).build();
  }
}
