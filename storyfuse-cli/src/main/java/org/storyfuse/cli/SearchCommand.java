package org.storyfuse.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.store.SearchHit;
import org.storyfuse.store.JdbcStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search over the stored articles and briefs: every word must match; best match first. "
          + "Each hit: what matched (article or brief), its id, its story, its title, then the matching text.",
      "Exit status: 1 when nothing matches (as grep)."
    })
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "the words to find")
  List<String> words;

  @Mixin StoreOptions store;

  @Option(names = "--limit", paramLabel = "N", description = "at most N hits (default: ${DEFAULT-VALUE})")
  int limit = 20;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    String query = String.join(" ", words);
    List<SearchHit> hits;
    try (JdbcStore db = store.openForReading()) {
      hits = db.search(query, limit);
    }
    if (hits.isEmpty()) {
      System.err.println("storyfuse: nothing in " + store.display() + " matches \"" + query + "\"");
      return 1;
    }
    StringBuilder out = new StringBuilder();
    for (SearchHit h : hits) {
      out.append(h.kind().name().toLowerCase()).append(' ').append(h.id())
          .append("  story ").append(h.storyId())
          .append("  ").append(oneLine(h.title() == null ? "(untitled)" : h.title())).append('\n')
          .append("    ").append(oneLine(h.snippet())).append('\n');
    }
    System.out.print(out);
    return 0;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
