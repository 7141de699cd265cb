package org.storyfuse.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.store.JdbcStore;
import org.storyfuse.store.StoryQuery;
import org.storyfuse.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Lists the stored stories, most recently updated first: id, articles, sources, "
        + "the days their articles were published, and the headline.")
final class StoriesCommand implements Callable<Integer> {

  /** Headlines are cut here so one line stays one line. */
  private static final int HEADLINE_CHARS = 80;

  @Mixin StoreOptions store;

  @Option(names = "--limit", paramLabel = "N", description = "at most N stories (default: ${DEFAULT-VALUE})")
  int limit = 50;

  @Option(names = "--since", paramLabel = "DATE", description = "only stories updated on or after DATE (yyyy-mm-dd, UTC)")
  LocalDate since;

  @Option(names = "--grep", paramLabel = "WORDS", description = "only stories whose articles or brief contain all WORDS")
  String grep;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<StorySummary> stories;
    try (JdbcStore db = store.openForReading()) {
      stories = db.stories(new StoryQuery(from, grep, limit));
    }
    if (stories.isEmpty()) {
      System.err.println("storyfuse: no stories in " + store.display() + (grep == null && since == null ? "" : " match"));
      return 0;
    }
    Table table = new Table("story", "articles", "sources", "published", "updated", "headline");
    for (StorySummary s : stories) {
      table.row(s.id(), s.articles(), s.sources(), span(s.firstPublished(), s.lastPublished()),
          s.updated().toString(), cut(s.headline()));
    }
    System.out.print(table);
    return 0;
  }

  private static String span(String first, String last) {
    if (first == null) {
      return "undated";
    }
    return first.equals(last) || last == null ? first : first + " – " + last;
  }

  private static String cut(String headline) {
    if (headline == null) {
      return "(no headline)";
    }
    String oneLine = headline.replaceAll("[\\s|]+", " ").strip();
    return oneLine.length() <= HEADLINE_CHARS ? oneLine : oneLine.substring(0, HEADLINE_CHARS - 1) + "…";
  }
}
