package org.storyfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.embed.Embedding;
import org.storyfuse.analyze.Quote;
import org.storyfuse.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles and analyses each: entities with roles, quotes with speakers, dates resolved "
          + "against the publication date, quantities.",
      "Prints a summary per article; --json writes the full analysis as JSONL (embeddings left out)."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--json", paramLabel = "FILE", description = "write one JSON object per article to FILE ('-' for stdout)")
  Path json;

  private static final ObjectMapper JSON = JsonLines.mapper()
      // vectors are 384 floats a sentence: too big to be useful in a listing
      .registerModule(new SimpleModule().addSerializer(Embedding.class,
          new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()));

  @Override
  public Integer call() throws IOException {
    if (analysis.level == AnalysisOptions.Level.OFF) {
      throw new IllegalArgumentException("--analysis off leaves nothing to analyse");
    }
    IngestResult read = input.ingest();
    if (read.articles().isEmpty()) {
      System.err.println("storyfuse: no article could be read from " + String.join(" ", input.inputs));
      return 1;
    }
    Map<String, AnalyzedArticle> byId = analysis.analyse(read.articles(), input.threads, input.quiet);
    List<AnalyzedArticle> analysed = read.articles().stream().map(a -> byId.get(a.id())).toList();
    if (json != null) {
      JsonLines.write(json, JSON,
          analysed.stream().map(a -> a.embeddings().isEmpty() ? a : withoutEmbeddings(a)).toList());
      if (!JsonLines.isStdout(json)) {
        analysed.forEach(a -> System.out.print(describe(a)));
      }
    } else {
      analysed.forEach(a -> System.out.print(describe(a)));
    }
    return 0;
  }

  private static AnalyzedArticle withoutEmbeddings(AnalyzedArticle a) {
    return new AnalyzedArticle(a.article(), a.profile(), a.language(), a.analysed(), a.notes(), a.sentences(),
        a.tokens(), a.mentions(), a.entities(), a.quotes(), a.times(), a.quantities(), List.of());
  }

  private static String describe(AnalyzedArticle a) {
    StringBuilder s = new StringBuilder();
    s.append("## ").append(a.article().title() == null ? a.article().origin() : a.article().title()).append('\n');
    s.append("- ").append(a.sentences().size()).append(" sentences, ").append(a.tokens()).append(" tokens, language ")
        .append(a.language()).append('\n');
    a.notes().forEach(n -> s.append("- note: ").append(n).append('\n'));
    s.append("- entities: ");
    s.append(String.join("; ", a.entities().stream()
        .map(e -> e.name() + " (" + e.kind().label() + (e.roles().isEmpty() ? "" : ", " + String.join(", ", e.roles())) + ")")
        .toList())).append('\n');
    for (Quote q : a.quotes()) {
      s.append("- quote [").append(q.kind().name().toLowerCase()).append("] ")
          .append(q.speaker() == null ? "(speaker unknown)" : q.speaker())
          .append(q.cue() == null ? "" : " (" + q.cue() + ")").append(": “").append(q.text()).append("”\n");
    }
    a.times().stream().filter(t -> t.date() != null).forEach(t ->
        s.append("- date: “").append(t.text()).append("” → ").append(t.date()).append(" (").append(t.precision())
            .append(", sentence ").append(t.sentence()).append(")\n"));
    a.quantities().forEach(q -> s.append("- quantity: ").append(q).append('\n'));
    return s.append('\n').toString();
  }
}
