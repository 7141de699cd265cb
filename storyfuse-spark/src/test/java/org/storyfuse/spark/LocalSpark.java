package org.storyfuse.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;

/** One local[2] Spark context for every test of the module (starting one takes seconds). */
final class LocalSpark {

  private static JavaSparkContext context;

  private LocalSpark() {}

  static synchronized JavaSparkContext context() {
    if (context == null) {
      context = SparkContexts.open("storyfuse-spark tests", "local[2]");
      Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
    }
    return context;
  }

  static Path shared() {
    return Path.of(System.getProperty("storyfuse.shared", "../shared")).toAbsolutePath().normalize();
  }

  static Path root() {
    return Path.of(System.getProperty("storyfuse.root", "..")).toAbsolutePath().normalize();
  }

  /** The lines of every part file of one output folder. */
  static List<String> lines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p));
      }
    }
    return out;
  }

  /** Article id to story id, from the job's stories output. */
  static Map<String, String> storyOf(Path out) throws IOException {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, String> of = new HashMap<>();
    for (String line : lines(out.resolve("stories"))) {
      var story = json.readTree(line);
      for (var member : story.get("articles")) {
        if (of.put(member.get("id").asText(), story.get("story_id").asText()) != null) {
          throw new AssertionError("an article in two stories: " + member);
        }
      }
    }
    return of;
  }
}
