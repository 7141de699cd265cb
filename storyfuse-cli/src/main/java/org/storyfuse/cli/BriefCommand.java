package org.storyfuse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.story.StoryMember;
import org.storyfuse.render.BriefHtml;
import org.storyfuse.render.BriefJson;
import org.storyfuse.render.BriefMarkdown;
import org.storyfuse.render.SourceTexts;
import org.storyfuse.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, groups them into stories and writes one brief per story: a summary whose "
          + "every sentence cites the sources that carry it.",
      "Markdown goes to stdout; --json writes the JSON of docs/brief-schema.md; --html writes a "
          + "self-contained page whose citations jump to the cited source sentence.",
      "Exit status: 0 when at least one article was read, 1 when none could be."
    })
final class BriefCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the briefs as JSON to FILE ('-' for stdout, instead of Markdown)")
  Path json;

  @Option(names = "--html", paramLabel = "FILE",
      description = "also write one self-contained HTML page with every brief to FILE")
  Path html;

  @Option(names = "--words", paramLabel = "N", description = "summary length in words (default: ${DEFAULT-VALUE}); "
      + "a development most outlets report that does not fit is added beyond it (at most 3 sentences)")
  int words = org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS;

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "one brief per storyline (a thread that can run for weeks: the default; its events are its "
          + "timeline's spine) or per event (one development, usually a day or two): storyline or event")
  String level = "storyline";

  @Option(names = "--min-sources", paramLabel = "N",
      description = "only write stories with at least N sources (default: ${DEFAULT-VALUE})")
  int minSources = 1;

  static org.storyfuse.story.Level level(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "storyline", "storylines" -> org.storyfuse.story.Level.STORYLINE;
      case "event", "events" -> org.storyfuse.story.Level.EVENT;
      default -> throw new IllegalArgumentException("--level is storyline or event, not " + name);
    };
  }

  @Override
  public Integer call() throws IOException {
    if (words < 1) {
      throw new IllegalArgumentException("--words must be at least 1");
    }
    analysis.preloadInBackground();
    IngestResult read = input.ingest();
    if (read.articles().isEmpty()) {
      System.err.println("storyfuse: no article could be read from " + String.join(" ", input.inputs));
      return 1;
    }
    BatchResult result;
    try (PipelineProgress progress = new PipelineProgress(input.quiet)) {
      result = analysis.pipeline(words, input.threads, input.quiet).run(read.articles(), progress, level(level));
    }
    List<Brief> briefs = new ArrayList<>();
    Map<String, Article> byId = new HashMap<>();
    Map<String, AnalyzedArticle> analyses = new HashMap<>();
    for (int i = 0; i < result.stories().size(); i++) {
      if (result.briefs().get(i).sources().size() >= minSources) {
        briefs.add(result.briefs().get(i));
      }
      for (StoryMember m : result.stories().get(i).members()) {
        byId.put(m.id(), m.article());
        if (m.analysis() != null) {
          analyses.put(m.id(), m.analysis());
        }
      }
    }
    if (html != null) {
      SentenceSplitter splitter = new SentenceSplitter();
      // the analysis split every article already (same splitter): reuse its sentences
      java.util.function.Function<Article, List<org.storyfuse.text.Sentence>> sentencesOf = a -> {
        AnalyzedArticle analysed = analyses.get(a.id());
        return analysed != null ? analysed.sentences() : splitter.split(a);
      };
      List<SourceTexts> texts = briefs.stream().map(b -> SourceTexts.of(b, byId, sentencesOf)).toList();
      Files.writeString(html, BriefHtml.write(briefs, texts), StandardCharsets.UTF_8);
    }
    boolean jsonToStdout = json != null && json.toString().equals("-");
    if (json != null && !jsonToStdout) {
      Files.writeString(json, BriefJson.write(briefs), StandardCharsets.UTF_8);
    }
    System.out.print(jsonToStdout ? BriefJson.write(briefs) : BriefMarkdown.write(briefs));
    System.out.flush();
    if (!input.quiet) {
      System.err.printf("storyfuse: %d articles, %d %s, %d problems%s%n",
          read.articles().size(), result.briefs().size(),
          level(level) == org.storyfuse.story.Level.EVENT ? "events" : "storylines", read.problems().size(),
          result.duplicates() == 0 ? "" : ", " + result.duplicates() + " repeated articles skipped");
    }
    return 0;
  }
}
