package org.storyfuse.eval.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.storyfuse.analyze.SilverTags;
import org.storyfuse.analyze.SilverTags.TaggedSentence;
import org.storyfuse.analyze.tag.PerceptronModel;
import org.storyfuse.analyze.tag.PerceptronTagger;
import org.storyfuse.analyze.tag.PerceptronTrainer;
import org.storyfuse.analyze.tag.PerceptronTrainer.Example;
import org.storyfuse.model.Article;

/**
 * Distils RAPID's CoreNLP reading into the LEAN taggers: CoreNLP tags the training articles (the
 * labels), the POS perceptron learns them, then the entity tagger learns CoreNLP's entity labels
 * reading the POS tagger's own tags — what it will read when it runs. Seeded: the same articles
 * give the same models.
 */
public final class TaggerTraining {

  /** Passes over the data; the held-out agreement stops improving after about this many. */
  public static final int POS_EPOCHS = 6;
  public static final int NER_EPOCHS = 8;
  /** Averaged weights below this are dropped: halves the model, no measurable change in agreement. */
  public static final float MIN_WEIGHT = 0.005f;
  static final long SEED = 20261205L;

  /** The trained pair. */
  public record Models(PerceptronModel pos, PerceptronModel ner, int sentences, int tokens) {}

  private TaggerTraining() {
  }

  /**
   * As {@link #silver(SilverTags, List, int, IntConsumer)}, reading and writing a local cache file
   * when one is given (null: none).
   */
  public static List<List<TaggedSentence>> silver(SilverTags silver, List<Article> articles, int threads,
      IntConsumer progress, java.nio.file.Path cache) throws Exception {
    if (cache == null) {
      return silver(silver, articles, threads, progress);
    }
    java.util.Map<String, List<TaggedSentence>> cached = SilverCache.read(cache);
    List<Article> missing = articles.stream().filter(a -> !cached.containsKey(cacheKey(a))).toList();
    if (!missing.isEmpty()) {
      List<List<TaggedSentence>> tagged = silver(silver, missing, threads, progress);
      for (int i = 0; i < missing.size(); i++) {
        cached.put(cacheKey(missing.get(i)), tagged.get(i));
      }
      SilverCache.write(cache, cached);
    }
    return articles.stream().map(a -> cached.get(cacheKey(a))).toList();
  }

  /** Ids repeat across the corpora (and within ECB+): the key adds where the article came from and its text. */
  private static String cacheKey(Article a) {
    return a.id() + "\t" + a.origin() + "\t" + Integer.toHexString(a.paragraphs().hashCode());
  }

  /** CoreNLP's tags of the articles, in article order, on {@code threads} threads. */
  public static List<List<TaggedSentence>> silver(SilverTags silver, List<Article> articles, int threads,
      IntConsumer progress) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<TaggedSentence>>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> silver.tag(a)));
      }
      List<List<TaggedSentence>> out = new ArrayList<>();
      for (Future<List<TaggedSentence>> f : futures) {
        out.add(f.get());
        progress.accept(out.size());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Trains both taggers on CoreNLP-tagged articles. */
  public static Models train(List<List<TaggedSentence>> tagged) {
    List<Example> pos = new ArrayList<>();
    int tokens = 0;
    for (List<TaggedSentence> article : tagged) {
      for (TaggedSentence s : article) {
        pos.add(new Example(s.words(), null, s.pos()));
        tokens += s.words().length;
      }
    }
    PerceptronModel posModel = PerceptronTrainer.pos(POS_EPOCHS, SEED).train(pos, MIN_WEIGHT);
    PerceptronTagger posTagger = PerceptronTagger.pos(posModel);
    List<Example> ner = new ArrayList<>();
    for (List<TaggedSentence> article : tagged) {
      for (TaggedSentence s : article) {
        ner.add(new Example(s.words(), posTagger.tag(s.words()), s.bio()));
      }
    }
    PerceptronModel nerModel = PerceptronTrainer.ner(NER_EPOCHS, SEED).train(ner, MIN_WEIGHT);
    return new Models(posModel, nerModel, pos.size(), tokens);
  }
}
