package org.storyfuse.cli;

import org.storyfuse.store.StoredBrief;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.render.BriefHtml;
import org.storyfuse.render.BriefJson;
import org.storyfuse.render.BriefMarkdown;
import org.storyfuse.render.SourceTexts;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.StoredArticle;
import org.storyfuse.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the brief of a stored story (ids from `storyfuse stories`): Markdown by default, "
          + "--json for the JSON of docs/brief-schema.md; --html also writes a self-contained page.",
      "Exit status: 1 when the store has no such story."
    })
final class ShowCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "STORY", description = "the story id")
  String storyId;

  @Mixin StoreOptions store;

  @Option(names = "--json", description = "print the brief as JSON instead of Markdown")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "also write the brief as one self-contained HTML page to FILE")
  Path html;

  @Override
  public Integer call() throws IOException {
    try (JdbcStore db = store.openForReading()) {
      StoredBrief stored = db.brief(storyId).orElse(null);
      if (stored == null) {
        System.err.println("storyfuse: no story " + storyId + " in " + store.display() + " (see: storyfuse stories --db " + store.display() + ")");
        return 1;
      }
      if (!stored.storyId().equals(storyId)) {
        System.err.println("storyfuse: story " + storyId + " was merged into " + stored.storyId() + "; showing that");
      }
      Brief brief = BriefJson.read(stored.json());
      if (html != null) {
        Map<String, Article> byId = new HashMap<>();
        for (Brief.Source s : brief.sources()) {
          db.article(s.articleId()).map(StoredArticle::article).ifPresent(a -> byId.put(a.id(), a));
        }
        SentenceSplitter splitter = new SentenceSplitter();
        Files.writeString(html, BriefHtml.write(brief, SourceTexts.of(brief, byId, splitter::split)), StandardCharsets.UTF_8);
      }
      System.out.print(json ? BriefJson.write(brief) : BriefMarkdown.write(brief));
      System.out.flush();
    }
    return 0;
  }
}
