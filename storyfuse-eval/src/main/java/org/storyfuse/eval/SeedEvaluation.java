package org.storyfuse.eval;

import org.storyfuse.story.Story;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.pipeline.PipelineListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyfuse.model.Article;

/**
 * Checks extraction and grouping of a folder of reports against its {@code gold.json} (the shape
 * of ../shared/seeds/gold.json): per file the publication date (and whether it is inferred), the
 * title, that no listed boilerplate survives; and that the gold clusters come out as one story each.
 */
public final class SeedEvaluation {

  /** What was extracted from one gold file, and whether it matches. */
  public record FileResult(
      String file, String expectedDate, String actualDate, boolean expectedInferred, boolean actualInferred,
      String expectedTitle, String actualTitle, List<String> boilerplateKept, int paragraphs) {

    public boolean dateOk() {
      return expectedDate.equals(actualDate) && expectedInferred == actualInferred;
    }

    public boolean titleOk() {
      return actualTitle != null
          && actualTitle.toLowerCase(Locale.ROOT).contains(expectedTitle.toLowerCase(Locale.ROOT));
    }

    public boolean boilerplateOk() {
      return boilerplateKept.isEmpty();
    }

    public boolean ok() {
      return dateOk() && titleOk() && boilerplateOk();
    }
  }

  /** All files, plus how the gold clusters came out. */
  public record Report(List<FileResult> files, int goldClusters, int goldClustersIntact, int stories) {

    public boolean allOk() {
      return files.stream().allMatch(FileResult::ok) && goldClustersIntact == goldClusters;
    }
  }

  private SeedEvaluation() {}

  /**
   * @param gold     the gold.json file
   * @param articles the articles extracted from the folder; matched to gold entries by file name
   */
  public static Report run(Path gold, List<Article> articles, StoryPipeline pipeline) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(gold));
    Map<String, Article> byFile = new HashMap<>();
    for (Article a : articles) {
      byFile.put(fileName(a.origin()), a);
    }
    List<FileResult> results = new ArrayList<>();
    root.get("articles").fields().forEachRemaining(e -> {
      String file = e.getKey();
      JsonNode g = e.getValue();
      Article a = byFile.get(file);
      List<String> kept = new ArrayList<>();
      g.path("boilerplate").forEach(b -> {
        if (a == null || a.text().contains(b.asText())) {
          kept.add(b.asText());
        }
      });
      results.add(new FileResult(
          file,
          g.get("published").asText(),
          a == null || a.published() == null ? null : a.published().date().toString(),
          g.path("published_is_inferred").asBoolean(false),
          a != null && a.published() != null && a.published().inferred(),
          g.get("title_contains").asText(),
          a == null ? null : a.title(),
          kept,
          a == null ? 0 : a.paragraphs().size()));
    });

    List<Story> stories = pipeline.stories(articles, PipelineListener.SILENT);
    Map<String, String> storyOfFile = new HashMap<>();
    Map<String, String> fileOfId = new HashMap<>();
    articles.forEach(a -> fileOfId.put(a.id(), fileName(a.origin())));
    for (Story s : stories) {
      s.articleIds().forEach(id -> storyOfFile.put(fileOfId.get(id), s.id()));
    }
    int intact = 0;
    int clusters = 0;
    for (JsonNode cluster : root.path("clusters")) {
      clusters++;
      List<String> files = new ArrayList<>();
      cluster.forEach(f -> files.add(f.asText()));
      String first = storyOfFile.get(files.get(0));
      boolean together = first != null && files.stream().allMatch(f -> first.equals(storyOfFile.get(f)));
      long storySize = stories.stream().filter(s -> s.id().equals(first)).mapToInt(Story::size).sum();
      if (together && storySize == files.size()) {
        intact++;
      }
    }
    return new Report(results, clusters, intact, stories.size());
  }

  private static String fileName(String origin) {
    String name = Path.of(origin.replaceFirst("#.*$", "")).getFileName().toString();
    return name;
  }
}
