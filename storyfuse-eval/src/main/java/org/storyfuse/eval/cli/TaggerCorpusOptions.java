package org.storyfuse.eval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storyfuse.eval.tagger.TaggerCorpus;
import picocli.CommandLine.Option;

/** Where {@code eval train-taggers} and {@code eval taggers} read their corpora, and how they tag them. */
final class TaggerCorpusOptions {

  @Option(names = "--wcxb", paramLabel = "DIR", description = "WCXB ground-truth folder (default: ${DEFAULT-VALUE})")
  Path wcxb = Path.of("../shared/data/wcxb-dev/ground-truth");

  @Option(names = "--multiling", paramLabel = "FILE", description = "MultiLing 2011 JSONL (default: ${DEFAULT-VALUE})")
  Path multiling = Path.of("../shared/data/multiling2011-articles.jsonl");

  @Option(names = "--ecbplus", paramLabel = "FILE", description = "ECB+ JSONL (default: ${DEFAULT-VALUE})")
  Path ecbplus = Path.of("../shared/data/ecbplus/ecbplus.jsonl");

  @Option(names = "--seeds", paramLabel = "DIR",
      description = "reports measured too, never trained on (default: ${DEFAULT-VALUE}; none if missing)")
  Path seeds = Path.of("../shared/seeds");

  @Option(names = "--threads", paramLabel = "N", description = "threads for CoreNLP's tagging (default: ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--cache", paramLabel = "FILE", hidden = true,
      description = "keep CoreNLP's tags in this local file between runs (it holds the articles' words: never commit it)")
  Path cache;

  @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
  boolean quiet;

  /** As {@link #read}, or null after one line on stderr naming what is missing. */
  TaggerCorpus readOrSayWhy() {
    try {
      return read();
    } catch (IOException e) {
      System.err.println("storyfuse: " + e.getMessage());
      return null;
    }
  }

  /** The corpora, with the seeds as a corpus that is only ever held out when they are there. */
  TaggerCorpus read() throws IOException {
    TaggerCorpus corpus = TaggerCorpus.read(wcxb, multiling, ecbplus);
    if (Files.isRegularFile(seeds.resolve("gold.json"))) {
      corpus = corpus.withHeldOutOnly("seeds", GoldFolder.read(seeds).read().articles());
    }
    return corpus;
  }
}
