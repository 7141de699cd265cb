package org.storyfuse.spark.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.storyfuse.analyze.Profile;
import org.storyfuse.spark.SparkBriefJob;
import org.storyfuse.spark.SparkContexts;
import org.storyfuse.story.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfuse spark brief INPUT... --out DIR}: the brief job on Spark. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Runs `storyfuse brief` as one Spark job: reads INPUT (files, folders, globs on any Hadoop file system: "
          + "local, hdfs://, s3a://), groups into stories and writes under DIR: briefs/ (one brief per line, "
          + "the JSON of `brief --json`), stories/, errors/ (path and reason of every file or record that could "
          + "not be read), notes/, summary.json, and with --parquet parquet/{articles,stories,claims}; with --store "
          + "the stories also go into a store.",
      "Without --master it runs where spark-submit says, or locally on every core.",
      "Exit status: 0 when at least one article was read, 1 when none could be."
    })
public final class SparkBriefCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or globs (any Hadoop path)")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (must not exist or be empty)")
  String out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
  String master;

  @Option(names = "--analysis", paramLabel = "LEVEL", description = "full, fast, rapid, lean or off (default: ${DEFAULT-VALUE})")
  String analysis = "rapid";

  @Option(names = "--level", paramLabel = "LEVEL", description = "storyline or event (default: ${DEFAULT-VALUE})")
  String level = "storyline";

  @Option(names = "--words", paramLabel = "N", description = "summary length in words (default: ${DEFAULT-VALUE})")
  int words = org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS;

  @Option(names = "--parquet", description = "also write Parquet tables of articles, stories and claims")
  boolean parquet;

  @Option(names = "--max-key-docs", paramLabel = "N",
      description = "a term or name held by more articles than this proposes no story pairs (default: ${DEFAULT-VALUE})")
  int maxKeyDocuments = SparkBriefJob.DEFAULT_MAX_KEY_DOCUMENTS;

  @Option(names = "--margin", paramLabel = "LOGIT",
      description = "pairs scoring within this of the join thresholds link parts (default: ${DEFAULT-VALUE})")
  double margin = SparkBriefJob.DEFAULT_MARGIN;

  @Option(names = "--stories-only", description = "group only: write stories/ (who is in which story), no briefs")
  boolean storiesOnly;

  @Option(names = "--store", paramLabel = "LOCATION",
      description = "also load the stories, their articles and briefs into this empty store (postgresql://… or "
          + "jdbc:postgresql://… for a server, or a SQLite file), as `storyfuse ingest` would have left it; "
          + "`storyfuse serve --db LOCATION` then serves it")
  String store;

  @Option(names = {"-q", "--quiet"}, description = "no summary on stderr")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (words < 1) {
      throw new IllegalArgumentException("--words must be at least 1");
    }
    SparkBriefJob.Options options = SparkBriefJob.Options.defaults(inputs, out)
        .withAnalysis(profile(analysis)).withLevel(level(level)).withWords(words).withParquet(parquet)
        .withBlocking(maxKeyDocuments, margin);
    if (storiesOnly) {
      options = options.storiesOnly();
    }
    if (store != null) {
      options = options.withStore(store);
    }
    SparkBriefJob.Summary summary;
    try (JavaSparkContext sc = SparkContexts.open("storyfuse brief", master)) {
      summary = SparkBriefJob.run(sc, options);
    }
    if (!quiet) {
      StringBuilder line = new StringBuilder("storyfuse: spark brief:");
      summary.counts().forEach((k, v) -> line.append(' ').append(v).append(' ').append(k).append(','));
      line.setLength(line.length() - 1);
      System.err.println(line + "; output in " + out);
    }
    return summary.counts().get("articles read") == 0 ? 1 : 0;
  }

  static Profile profile(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "off" -> null;
      case "full", "fast", "rapid", "lean" -> Profile.valueOf(name.toUpperCase(Locale.ROOT));
      default -> throw new IllegalArgumentException("--analysis is full, fast, rapid, lean or off, not " + name);
    };
  }

  static Level level(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "storyline", "storylines" -> Level.STORYLINE;
      case "event", "events" -> Level.EVENT;
      default -> throw new IllegalArgumentException("--level is storyline or event, not " + name);
    };
  }
}
