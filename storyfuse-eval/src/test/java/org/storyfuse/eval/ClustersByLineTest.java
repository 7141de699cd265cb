package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Article;

class ClustersByLineTest {

  @Test
  void eachArticlesOriginLineFindsItsOwnRecordsCluster(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("set.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"title\": \"Port closes\", \"text\": \"The port of Valmora closed on Monday after floods.\", \"cluster\": \"flood\"}",
        "",
        "{\"id\": \"b\", \"title\": \"Bikes recalled\", \"text\": \"Kestrel recalled its K2 bikes over battery fires.\", \"cluster\": \"recall\"}",
        "{\"id\": \"c\", \"title\": \"No label\", \"text\": \"A record without a cluster field is read all the same.\"}"),
        StandardCharsets.UTF_8);
    Map<Integer, String> clusters = LabelledArticles.clustersByLine(file);
    List<Article> read = new Ingestor().ingest(List.of(file.toString())).articles();

    assertThat(read).hasSize(3);
    for (Article a : read) {
      String cluster = clusters.get(Integer.parseInt(a.origin().substring(a.origin().lastIndexOf('#') + 1)));
      assertThat(cluster).as(a.origin()).isEqualTo(switch (a.title()) {
        case "Port closes" -> "flood";
        case "Bikes recalled" -> "recall";
        default -> null;
      });
    }
  }
}
