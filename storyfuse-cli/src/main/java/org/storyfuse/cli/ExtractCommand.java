package org.storyfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles and prints what was extracted: title, outlet, byline, publication date, "
          + "language and the clean body text.",
      "--json writes one JSON object per article (JSONL)."
    })
final class ExtractCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--json", paramLabel = "FILE", description = "write articles as JSONL to FILE ('-' for stdout)")
  Path json;

  private static final ObjectMapper JSON = JsonLines.mapper();

  @Override
  public Integer call() throws IOException {
    IngestResult read = input.ingest();
    if (json != null) {
      JsonLines.write(json, JSON, read.articles());
    } else {
      for (Article a : read.articles()) {
        System.out.print(describe(a));
      }
    }
    return read.articles().isEmpty() ? 1 : 0;
  }

  private static String describe(Article a) {
    StringBuilder s = new StringBuilder();
    s.append("## ").append(a.title() == null ? "(untitled)" : a.title()).append('\n');
    s.append("- origin: ").append(a.origin()).append('\n');
    s.append("- id: ").append(a.id()).append('\n');
    if (a.outlet() != null) {
      s.append("- outlet: ").append(a.outlet()).append('\n');
    }
    if (a.byline() != null) {
      s.append("- byline: ").append(a.byline()).append('\n');
    }
    if (a.published() != null) {
      s.append("- published: ").append(a.published().instant() != null ? a.published().instant() : a.published().date())
          .append(a.published().inferred() ? " (inferred from: " + a.published().evidence() + ")" : "").append('\n');
    }
    if (a.url() != null) {
      s.append("- url: ").append(a.url()).append('\n');
    }
    s.append("- language: ").append(a.language()).append("\n\n");
    s.append(a.text()).append("\n\n");
    return s.toString();
  }
}
