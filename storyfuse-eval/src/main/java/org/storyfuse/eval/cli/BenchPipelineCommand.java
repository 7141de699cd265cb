package org.storyfuse.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.bench.PipelineBenchmark;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.pipeline.StoryPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Times `storyfuse brief PATH... --json FILE` stage by stage over real pages, in this JVM: "
          + "read + extract, repeats, analysis, grouping, fusion, write JSON; wall and CPU seconds, "
          + "CPU share of the cores, articles/s, peak heap and RSS.",
      "Round 1 includes loading the models (a cold run, but for the JVM start); later rounds are warm (models "
          + "loaded, code compiled; the sentence-vector cache is emptied before each round)."
    })
final class BenchPipelineCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "inputs as for brief (default: WCXB dev pages and the MultiLing articles in ../shared/data)")
  List<String> inputs = List.of("../shared/data/wcxb-dev/html", "../shared/data/multiling2011-articles.jsonl");

  @Mixin AnalysisOptions analysis;

  @Option(names = "--rounds", paramLabel = "N", description = "rounds over the inputs (default: ${DEFAULT-VALUE})")
  int rounds = 3;

  @Option(names = "--threads", paramLabel = "N", description = "threads (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    if (rounds < 1 || threads < 1) {
      throw new IllegalArgumentException("--rounds and --threads must be at least 1");
    }
    for (String in : inputs) {
      if (!in.contains("*") && !Files.exists(Path.of(in))) {
        throw new IllegalArgumentException(in + ": no such file or folder");
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    try (TemporaryFolder dir = new TemporaryFolder("storyfuse-bench-pipeline")) {
      long start = System.nanoTime();
      StoryPipeline pipeline = analysis.pipeline(BriefBuilder.DEFAULT_WORDS, threads, true);
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("loading the analysis models: %.1f s%n%n", loadSeconds);
      for (int r = 1; r <= rounds; r++) {
        // warm means models loaded and code compiled, not vectors remembered from the last round's same pages
        AnalysisOptions.embedder().clearCache();
        PipelineBenchmark.Round round = PipelineBenchmark.run(r, inputs, threads, pipeline, dir.path.resolve("briefs.json"));
        Table table = new Table("stage", "wall s", "CPU s", "CPU share of " + cores + " cores", "articles/s");
        for (PipelineBenchmark.Stage s : round.stages()) {
          table.row(s.name(), String.format("%.2f", s.wallSeconds()), String.format("%.2f", s.cpuSeconds()),
              share(s.cpuSeconds(), s.wallSeconds(), cores), rate(round.articles(), s.wallSeconds()));
        }
        table.row("all", String.format("%.2f", round.wallSeconds()), String.format("%.2f", round.cpuSeconds()),
            share(round.cpuSeconds(), round.wallSeconds(), cores), rate(round.articles(), round.wallSeconds()));
        System.out.printf("round %d%s: %d articles, %d stories, peak heap %.0f MB, peak RSS %.0f MB%n", r,
            r == 1 ? " (first in this JVM)" : " (warm)", round.articles(), round.stories(), round.peakHeapMb(),
            round.peakRssMb());
        System.out.print(table);
        System.out.println();
      }
      System.out.printf("analysis: %s, threads: %d, cores: %d, max heap: %d MB%n",
          analysis.level.name().toLowerCase(java.util.Locale.ROOT), threads, cores,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
    return 0;
  }

  private static String share(double cpu, double wall, int cores) {
    return wall <= 0 ? "-" : String.format("%.0f%%", 100 * cpu / (wall * cores));
  }

  private static String rate(int articles, double seconds) {
    return seconds <= 0 ? "-" : String.format("%.1f", articles / seconds);
  }
}
