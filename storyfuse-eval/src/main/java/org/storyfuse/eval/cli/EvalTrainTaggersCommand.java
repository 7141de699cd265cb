package org.storyfuse.eval.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.SilverTags;
import org.storyfuse.analyze.SilverTags.TaggedSentence;
import org.storyfuse.analyze.tag.PerceptronTagger;
import org.storyfuse.cli.Progress;
import org.storyfuse.eval.tagger.TaggerAgreement;
import org.storyfuse.eval.tagger.TaggerCorpus;
import org.storyfuse.eval.tagger.TaggerTraining;
import org.storyfuse.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "train-taggers",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the LEAN profile's POS and entity taggers on RAPID's CoreNLP reading of openly licensed "
          + "news text (WCXB ground-truth bodies, MultiLing 2011, ECB+; one article in five held out by "
          + "a hash of its id), prints their agreement with CoreNLP on the held-out articles, and writes "
          + "the two models to --out (the shipped ones live in "
          + "storyfuse-core/src/main/resources/org/storyfuse/analyze/tag).",
      "Deterministic: the same data gives the same files."
    })
final class EvalTrainTaggersCommand implements Callable<Integer> {

  @Mixin TaggerCorpusOptions corpusOptions;

  @Option(names = "--out", paramLabel = "DIR", description = "write pos.model and ner.model here")
  Path out;

  @Override
  public Integer call() throws Exception {
    TaggerCorpus corpus = corpusOptions.readOrSayWhy();
    if (corpus == null) {
      return 2;
    }
    SilverTags silver = new SilverTags();
    List<Article> training = corpus.training();
    List<List<TaggedSentence>> tagged;
    try (Progress progress = Progress.start("Tagging with CoreNLP", corpusOptions.quiet)) {
      tagged = TaggerTraining.silver(silver, training, corpusOptions.threads, n -> progress.update(n, training.size()),
          corpusOptions.cache);
    }
    long start = System.nanoTime();
    TaggerTraining.Models models = TaggerTraining.train(tagged);
    System.out.printf(Locale.ROOT, "trained on %d articles, %d sentences, %d tokens in %.1f s%n",
        training.size(), models.sentences(), models.tokens(), (System.nanoTime() - start) / 1e9);
    SilverTags.Lean lean = new SilverTags.Lean(PerceptronTagger.pos(models.pos()), PerceptronTagger.ner(models.ner()));
    EvalTaggersCommand.printAgreement(corpus.heldOutByCorpus(), silver, lean, 0, corpusOptions, false);
    if (out != null) {
      Files.createDirectories(out);
      try (OutputStream o = Files.newOutputStream(out.resolve("pos.model"))) {
        models.pos().write(o);
      }
      try (OutputStream o = Files.newOutputStream(out.resolve("ner.model"))) {
        models.ner().write(o);
      }
      System.out.println("wrote " + out.resolve("pos.model") + " and " + out.resolve("ner.model"));
    }
    return 0;
  }
}
