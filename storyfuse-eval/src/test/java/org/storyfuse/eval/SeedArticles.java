package org.storyfuse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * TEST STAND-IN for the real ingestion (wip-ingest): reads the seed .txt files with a minimal reader
 * (title = first non-empty line, paragraphs = blank-line-separated blocks, publication date from
 * gold.json). No boilerplate removal. Switch to {@code Ingestor} once it is merged.
 */
public final class SeedArticles {

  private SeedArticles() {}

  /** The shared folder (surefire sets {@code storyfuse.shared}). */
  public static Path shared() {
    return Path.of(System.getProperty("storyfuse.shared", "../../shared"));
  }

  public static Path seeds() {
    return shared().resolve("seeds");
  }

  public static List<Article> read(Path seedDir) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(Files.readString(seedDir.resolve("gold.json")));
    List<Article> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = gold.get("articles").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getKey();
      String text = Files.readString(seedDir.resolve(file), StandardCharsets.UTF_8);
      List<String> blocks = new ArrayList<>();
      for (String b : text.split("\\r?\\n\\s*\\r?\\n")) {
        if (!b.isBlank()) {
          blocks.add(b.strip());
        }
      }
      String title = blocks.get(0).lines().findFirst().orElse("").strip();
      LocalDate date = LocalDate.parse(e.getValue().get("published").asText());
      boolean inferred = e.getValue().path("published_is_inferred").asBoolean(false);
      PublicationDate published = inferred ? PublicationDate.inferred(date, "gold.json")
          : PublicationDate.stated(date, "gold.json");
      String id = file.replaceFirst("\\.txt$", "");
      out.add(new Article(id, seedDir.resolve(file).toString(), null, null, title, null, published, "en", blocks));
    }
    return out;
  }
}
