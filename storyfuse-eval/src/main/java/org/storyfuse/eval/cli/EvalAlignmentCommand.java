package org.storyfuse.eval.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.embed.Embedder;
import org.storyfuse.embed.Embedding;
import org.storyfuse.eval.CitationCheck;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.story.Story;
import org.storyfuse.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "alignment",
    mixinStandardHelpOptions = true,
    description = {
      "What bounding claim alignment costs: groups each PATH as `brief` does, then fuses every story twice, "
          + "once as `brief` does (at most --dense sentences per source compared by meaning, MiniLM, and only "
          + "for candidate pairs whose TF-IDF cosine reaches --floor) and once with every sentence that has a "
          + "candidate partner compared by meaning, and compares the two briefs' citations (summary, claims, "
          + "quotes, timeline, discrepancies: section, text, cited source): the bounded run's agreement with the "
          + "unbounded one (precision, recall), the citation precision of each (as `eval quotes` checks it), "
          + "the sentences each embedded, and the CPU seconds each fusion took (the two alternate story by "
          + "story in one thread, the sentence-vector cache emptied before each, so both see the same machine)."
    })
final class EvalAlignmentCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "files, folders or globs, each on its own (default: ../shared/seeds, samples/corpus, the "
          + "MultiLing articles, the WCXB dev pages)")
  List<String> paths = new ArrayList<>();

  @Option(names = "--dense", paramLabel = "N",
      description = "sentences per source compared by meaning in the bounded run (default: the product's)")
  Integer dense;

  @Option(names = "--floor", paramLabel = "COSINE",
      description = "TF-IDF cosine a candidate pair needs before the bounded run embeds its sentences "
          + "(default: the product's)")
  Double floor;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() {
    if (floor != null && !(floor >= 0 && floor <= 1)) {
      throw new IllegalArgumentException("--floor must be a cosine between 0 and 1, was " + floor);
    }
    if (dense != null && dense < 0) {
      throw new IllegalArgumentException("--dense must be 0 or more, was " + dense);
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    List<String> inputs = paths.isEmpty()
        ? List.of("../shared/seeds/*.txt", "samples/corpus", "../shared/data/multiling2011-articles.jsonl",
            "../shared/data/wcxb-dev/html")
        : paths;
    Table table = new Table("path", "stories ≥2 sources", "embedded bounded", "embedded all",
        "citations bounded", "citations all", "agreement P", "agreement R", "cit. precision bounded",
        "cit. precision all", "CPU s bounded", "CPU s all");
    for (String path : inputs) {
      IngestResult read = new Ingestor(new Extractor(), IngestOptions.defaults()).ingest(List.of(path));
      if (read.articles().isEmpty()) {
        System.err.println("storyfuse: " + path + ": no article could be read");
        continue;
      }
      StoryPipeline pipeline = analysis.pipeline(BriefBuilder.DEFAULT_WORDS, 2, true);
      List<Story> stories = pipeline.stories(read.articles(), PipelineListener.SILENT);
      Counting bounded = new Counting(AnalysisOptions.embedder());
      Counting all = new Counting(AnalysisOptions.embedder());
      BriefBuilder product = new BriefBuilder(new SentenceSplitter(), BriefBuilder.DEFAULT_WORDS, bounded);
      BriefBuilder boundedBuilder = product.withMeaningBounds(dense == null ? product.densePerSource() : dense,
          floor == null ? product.meaningFloor() : floor);
      BriefBuilder unbounded = new BriefBuilder(new SentenceSplitter(), BriefBuilder.DEFAULT_WORDS, all)
          .withMeaningBounds(Integer.MAX_VALUE, 0);
      List<Brief> withBound = new ArrayList<>();
      List<Brief> withoutBound = new ArrayList<>();
      long boundedNanos = 0;
      long unboundedNanos = 0;
      for (Story s : stories) {
        bounded.clearCache();
        long start = threads.getCurrentThreadCpuTime();
        withBound.add(boundedBuilder.build(s));
        boundedNanos += threads.getCurrentThreadCpuTime() - start;
        all.clearCache();
        start = threads.getCurrentThreadCpuTime();
        withoutBound.add(unbounded.build(s));
        unboundedNanos += threads.getCurrentThreadCpuTime() - start;
      }
      CitationCheck.Report b = BriefCitations.check(new BatchResult(stories, withBound, 0));
      CitationCheck.Report u = BriefCitations.check(new BatchResult(stories, withoutBound, 0));
      Set<String> bs = keys(b);
      Set<String> us = keys(u);
      Set<String> both = new HashSet<>(bs);
      both.retainAll(us);
      long multi = stories.stream().filter(s -> s.size() > 1).count();
      table.row(path, multi, bounded.texts.get(), all.texts.get(), bs.size(), us.size(),
          share(both.size(), bs.size()), share(both.size(), us.size()), share(b.supported(), b.citations().size()),
          share(u.supported(), u.citations().size()), seconds(boundedNanos), seconds(unboundedNanos));
    }
    System.out.print(table);
    return 0;
  }

  private static Set<String> keys(CitationCheck.Report r) {
    Set<String> out = new HashSet<>();
    r.citations().forEach(c -> out.add(c.section() + "\u0000" + c.text() + "\u0000" + c.source()));
    return out;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** Counts the sentences a builder asks to embed (the model's cache may answer some). */
  private static final class Counting implements Embedder {
    private final Embedder inner;
    private final AtomicLong texts = new AtomicLong();

    Counting(Embedder inner) {
      this.inner = inner;
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public boolean reads(String language) {
      return inner.reads(language);
    }

    @Override
    public List<Embedding> embedAll(List<String> batch) {
      texts.addAndGet(batch.size());
      return inner.embedAll(batch);
    }

    @Override
    public void clearCache() {
      inner.clearCache();
    }
  }
}
