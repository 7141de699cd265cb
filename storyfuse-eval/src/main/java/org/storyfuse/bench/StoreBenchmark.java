package org.storyfuse.bench;

import org.storyfuse.pipeline.IncrementalPipeline;
import org.storyfuse.cli.AnalysisOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.store.SqliteStore;
import org.storyfuse.store.StoryQuery;

/**
 * Times the store with analysis off: a stream of synthetic stories ingested batch by batch into a
 * new SQLite file, then the cost of the first batch after reopening (the clusterer state is
 * replayed from the file then). The articles are generated (see {@link #stream}).
 */
public final class StoreBenchmark {

  private StoreBenchmark() {}

  /**
   * @param batchMillisP50 median time to store one batch
   * @param stories        stories in the store at the end (the generator made articles / perStory)
   * @param reopenMillis   open + replay + storing one more article, after reopening the file
   */
  public record Row(int articles, int stories, int batchSize, double articlesPerSecond, double batchMillisP50,
      double batchMillisMax, double reopenMillis, double megabytes) {}

  /** The product's pipeline as `ingest --analysis off` runs it, over a store in {@code db}. */
  private static IncrementalPipeline pipeline(Path db) {
    return AnalysisOptions.withoutAnalysis(2).attach(SqliteStore.open(db));
  }

  public static Row run(int articles, int perStory, int batchSize, Path dir) {
    List<Article> stream = stream(articles, perStory);
    Path db = dir.resolve("bench-" + articles + ".db");
    double[] batchMillis = new double[(stream.size() + batchSize - 1) / batchSize];
    long start = System.nanoTime();
    try (IncrementalPipeline store = pipeline(db)) {
      for (int b = 0; b * batchSize < stream.size(); b++) {
        long t = System.nanoTime();
        store.ingest(stream.subList(b * batchSize, Math.min(stream.size(), (b + 1) * batchSize)));
        batchMillis[b] = (System.nanoTime() - t) / 1e6;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int stories;
    try (SqliteStore store = SqliteStore.open(db)) {
      stories = store.stories(new StoryQuery(null, null, Integer.MAX_VALUE)).size();
    }
    List<Article> extra = stream(articles + 1, perStory).subList(articles, articles + 1);
    long t = System.nanoTime();
    try (IncrementalPipeline store = pipeline(db)) {
      store.ingest(extra);
    }
    double reopen = (System.nanoTime() - t) / 1e6;
    Arrays.sort(batchMillis);
    return new Row(stream.size(), stories, batchSize, stream.size() / seconds,
        batchMillis[batchMillis.length / 2], batchMillis[batchMillis.length - 1], reopen, size(db) / 1e6);
  }

  /** Made-up words every story uses: the vocabulary stories share. */
  private static final int COMMON_WORDS = 5_000;
  /** Made-up words of one story: what its reports share with each other and with no other story. */
  private static final int STORY_WORDS = 30;
  private static final int SENTENCES = 12;
  private static final int WORDS_PER_SENTENCE = 20;

  /**
   * {@code articles} reports of stories {@code perStory} articles each, in publication order. Each
   * sentence mixes the shared vocabulary with the story's own words and names (about half),
   * so a story's reports overlap as real reports of one event do and stories stay apart.
   */
  static List<Article> stream(int articles, int perStory) {
    Random random = new Random(7);
    String[] common = words(random, COMMON_WORDS);
    List<Article> out = new ArrayList<>();
    String[] own = null;
    String[] names = null;
    for (int i = 0; i < articles; i++) {
      int story = i / perStory;
      if (i % perStory == 0) {
        own = words(random, STORY_WORDS);
        names = new String[] {capital(word(random)) + " " + capital(word(random)), capital(word(random))};
      }
      List<String> paragraphs = new ArrayList<>();
      for (int s = 0; s < SENTENCES; s++) {
        StringBuilder sentence = new StringBuilder(s % 3 == 0 ? names[random.nextInt(2)] : capital(common[random.nextInt(common.length)]));
        for (int w = 1; w < WORDS_PER_SENTENCE; w++) {
          sentence.append(' ').append(random.nextInt(2) == 0 ? own[random.nextInt(own.length)] : common[random.nextInt(common.length)]);
        }
        paragraphs.add(sentence.append('.').toString());
      }
      String id = String.format("bench%07d", i);
      out.add(new Article(id, id, "https://bench.example/" + id, "outlet" + (i % 17),
          names[1] + " " + own[0] + " " + own[1] + " " + common[random.nextInt(common.length)], null,
          PublicationDate.stated(LocalDate.of(2030, 1, 1).plusDays(story / 4), "synthetic"), "en", paragraphs));
    }
    return out;
  }

  private static String[] words(Random random, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = word(random);
    }
    return out;
  }

  private static String word(Random random) {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      s.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
    }
    return s.toString();
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static long size(Path db) {
    long total = 0;
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path p = db.resolveSibling(db.getFileName() + suffix);
      try {
        total += Files.exists(p) ? Files.size(p) : 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }
}
