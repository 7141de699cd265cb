package org.storyfuse.eval.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfuse.bench.ArticleJson;
import org.storyfuse.bench.SyntheticStories;
import org.storyfuse.cli.InputOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyfuse bench corpus}: writes a JSON Lines corpus, in files of {@code --per-file} articles, of any size for runs at scale (peak
 * memory of {@code brief} over 10,000 articles) from the real articles at hand: the articles
 * themselves, then variants of them ({@link SyntheticStories#variants}). The file is then the input
 * of the product command being measured, so the measurement is of the product path.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a JSONL corpus of N articles for runs at scale: the articles read from PATH, then variants of "
            + "them (each keeps a seeded share of its original's sentences, under an outlet of its own), round "
            + "after round until N. Time and memory are then measured on the product, e.g.",
        "  /usr/bin/time -v ./storyfuse brief DIR --json OUT.json -q"})
final class BenchCorpusCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "real articles (default: WCXB dev pages and the MultiLing articles in ../shared/data)")
  List<String> inputs = List.of("../shared/data/wcxb-dev/html", "../shared/data/multiling2011-articles.jsonl");

  @Option(names = "--articles", paramLabel = "N", description = "articles to write (default: ${DEFAULT-VALUE})")
  int articles = 10_000;

  @Option(names = "--keep", paramLabel = "SHARE",
      description = "share of its original's sentences a variant keeps (default: ${DEFAULT-VALUE})")
  double keep = 0.6;

  @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--per-file", paramLabel = "N",
      description = "articles per file (default: ${DEFAULT-VALUE}; files stay under the default --max-file-size)")
  int perFile = 1_000;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the folder to write corpus-00001.jsonl, corpus-00002.jsonl, … into")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || perFile < 1) {
      throw new IllegalArgumentException("--articles and --per-file must be at least 1");
    }
    InputOptions read = new InputOptions();
    read.inputs = inputs;
    read.quiet = true;
    IngestResult real = read.ingest();
    if (real.articles().isEmpty()) {
      throw new IllegalArgumentException("no article could be read from " + String.join(" ", inputs));
    }
    List<Article> corpus = SyntheticStories.variants(real.articles(), articles, keep, seed);
    Files.createDirectories(out);
    int files = 0;
    for (int from = 0; from < corpus.size(); from += perFile) {
      Path file = out.resolve(String.format("corpus-%05d.jsonl", ++files));
      try (OutputStream stream = Files.newOutputStream(file)) {
        write(corpus.subList(from, Math.min(corpus.size(), from + perFile)), stream);
      }
    }
    System.out.printf("%s: %,d articles in %d files (%,d read from %s, %,d variants)%n", out, corpus.size(), files,
        real.articles().size(), String.join(" ", inputs), corpus.size() - Math.min(corpus.size(), real.articles().size()));
    return 0;
  }

  /** One news-please record a line ({@link ArticleJson}), with the article's id, URL, outlet and byline. */
  static void write(List<Article> corpus, OutputStream stream) throws IOException {
    for (Article a : corpus) {
      ObjectNode o = ArticleJson.content(a);
      o.put("id", a.id());
      if (a.url() != null) {
        o.put("url", a.url());
      }
      if (a.outlet() != null) {
        o.put("outlet", a.outlet());
      }
      if (a.byline() != null) {
        o.put("byline", a.byline());
      }
      stream.write((o.toString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
