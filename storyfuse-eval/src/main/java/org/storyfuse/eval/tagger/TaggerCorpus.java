package org.storyfuse.eval.tagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.eval.AgreementCorpus;
import org.storyfuse.eval.LabelledArticles;
import org.storyfuse.model.Article;

/**
 * The news text the taggers learn from and are measured on: WCXB ground-truth bodies (CC BY 4.0),
 * MultiLing 2011 articles (CC BY 3.0 / Wikinews CC BY 2.5) and ECB+ articles (CC BY 3.0), each
 * article assigned to training or held-out by a hash of its id — one in five held out, the same
 * articles every run. Only weights learnt from the training part ship; no text does.
 */
public final class TaggerCorpus {

  /** One in this many articles is held out. */
  static final int HELD_OUT_EVERY = 5;

  /** Articles by corpus name, in file order. */
  private final Map<String, List<Article>> corpora;
  /** Corpora never trained on. */
  private final java.util.Set<String> heldOutOnly = new java.util.HashSet<>();

  private TaggerCorpus(Map<String, List<Article>> corpora) {
    this.corpora = corpora;
  }

  /** Reads the three corpora; a missing file is an error naming it. */
  public static TaggerCorpus read(Path wcxbTruth, Path multiling, Path ecbplus) throws IOException {
    for (Path p : List.of(wcxbTruth, multiling, ecbplus)) {
      if (!Files.exists(p)) {
        throw new IOException(p + ": no such file or folder");
      }
    }
    Map<String, List<Article>> corpora = new LinkedHashMap<>();
    corpora.put("wcxb", AgreementCorpus.wcxb(wcxbTruth, Integer.MAX_VALUE));
    corpora.put("multiling", AgreementCorpus.multiling(multiling));
    corpora.put("ecbplus", LabelledArticles.flatten(LabelledArticles.readClusters(ecbplus)).stream()
        .map(LabelledArticles.Labelled::article).toList());
    return new TaggerCorpus(corpora);
  }

  /** Whether an article is held out: a hash of its id, stable across runs and machines. */
  static boolean heldOut(Article a) {
    long h = 1125899906842597L;
    for (byte b : a.id().getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return Math.floorMod(h ^ (h >>> 29), HELD_OUT_EVERY) == 0;
  }

  /**
   * This corpus with another one that is only ever held out (the seeds: the product's own kind of
   * article, never trained on).
   */
  public TaggerCorpus withHeldOutOnly(String name, List<Article> articles) {
    Map<String, List<Article>> more = new LinkedHashMap<>(corpora);
    more.put(name, List.copyOf(articles));
    TaggerCorpus out = new TaggerCorpus(more);
    out.heldOutOnly.addAll(heldOutOnly);
    out.heldOutOnly.add(name);
    return out;
  }

  /** The training articles of every corpus. */
  public List<Article> training() {
    List<Article> out = new ArrayList<>();
    corpora.forEach((name, list) -> {
      if (!heldOutOnly.contains(name)) {
        list.stream().filter(a -> !heldOut(a)).forEach(out::add);
      }
    });
    return out;
  }

  /** The held-out articles, by corpus. */
  public Map<String, List<Article>> heldOutByCorpus() {
    Map<String, List<Article>> out = new LinkedHashMap<>();
    corpora.forEach((name, list) -> out.put(name,
        heldOutOnly.contains(name) ? list : list.stream().filter(TaggerCorpus::heldOut).toList()));
    return out;
  }
}
