package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.storyfuse.ingest.html.HtmlArticleExtractor;
import org.storyfuse.ingest.html.ParagraphCandidate;
import org.storyfuse.ingest.html.ParagraphFilter;

/**
 * Trains the extractor's {@link ParagraphFilter} on a WCXB-shaped folder: every paragraph the
 * collector keeps on a page is labelled by how much of it the page's {@code main_content} holds
 * (the share of its word pairs found there, 0.5 or more: the article's), a logistic regression is
 * fitted by Newton's method with an L2 penalty, and the penalty, the weighting of paragraphs and
 * the threshold are chosen by the mean per-page F1 (the eval's score) over five folds of sites:
 * a site's pages are always in one fold, so the estimate is for sites the model has not seen.
 * Only the pages of one {@link SitePart} are read (the tuning part). Deterministic: pages are read
 * in parallel but kept in file order, and every sum runs in that order.
 */
public final class ParagraphFilterTraining {

  /** Sites' folds for cross-validation. */
  static final int FOLDS = 5;

  static final double[] THRESHOLDS = {0.02, 0.05, 0.07, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** One page: its site's fold, its reference words, its paragraphs' features, labels and words. */
  record Page(String id, int fold, Map<String, Integer> truth, List<double[]> features, double[] labels,
      List<Map<String, Integer>> bags, Map<String, Integer> fixed) {}

  /** One setting and its cross-validated mean per-page F1. */
  public record Setting(String model, double threshold, double meanF1) {}

  /** The result: the settings tried, the chosen one, the baseline (no filter) and the fitted filter. */
  public record Result(List<Setting> tried, Setting best, double baseline, double oracle, int pages,
      int paragraphs, double positives, ParagraphFilter filter) {}

  private ParagraphFilterTraining() {}

  /** Reads the pages of {@code part} in {@code dir}, cross-validates, and fits on all of them. */
  public static Result train(Path dir, SitePart part) throws IOException {
    List<Page> pages = read(dir, part);
    int n = 0;
    for (Page p : pages) {
      n += p.labels().length;
    }
    double baseline = meanF1(pages, null, 0);
    Map<Page, double[]> truthAsProbs = new java.util.IdentityHashMap<>();
    for (Page p : pages) {
      truthAsProbs.put(p, p.labels());
    }
    double oracle = meanF1(pages, truthAsProbs, 0.5);
    List<Setting> tried = new ArrayList<>();
    Setting best = null;
    for (Model m : MODELS) {
      // out-of-fold probabilities for every paragraph
      Map<Page, double[]> oof = new java.util.IdentityHashMap<>();
      for (int fold = 0; fold < FOLDS; fold++) {
        final int f = fold;
        ParagraphFilter fitted = m.fit(pages.stream().filter(p -> p.fold() != f).toList(), 0.5);
        for (Page p : pages) {
          if (p.fold() == f) {
            oof.put(p, probabilities(p, fitted));
          }
        }
      }
      for (double t : THRESHOLDS) {
        Setting s = new Setting(m.name(), t, meanF1(pages, oof, t));
        tried.add(s);
        if (best == null || s.meanF1() > best.meanF1() + 1e-12) {
          best = s;
        }
      }
    }
    final Setting chosen = best;
    Model m = MODELS.stream().filter(x -> x.name().equals(chosen.model())).findFirst().orElseThrow();
    double pos = 0;
    for (Page p : pages) {
      for (double l : p.labels()) {
        pos += l;
      }
    }
    return new Result(tried, best, baseline, oracle, pages.size(), n, pos / n, m.fit(pages, best.threshold()));
  }

  /** A kind of model with its settings, fitted to pages as a filter with a given threshold. */
  record Model(String name, double penalty, boolean byWords, BoostedTrees.Params trees) {

    ParagraphFilter fit(List<Page> pages, double threshold) {
      if (trees == null) {
        return ParagraphFilter.of(ParagraphFilterTraining.fit(pages, penalty, byWords), threshold);
      }
      int n = 0;
      for (Page p : pages) {
        n += p.labels().length;
      }
      double[][] x = new double[n][];
      double[] y = new double[n];
      double[] w = new double[n];
      int k = 0;
      for (Page p : pages) {
        for (int i = 0; i < p.labels().length; i++) {
          x[k] = p.features().get(i);
          y[k] = p.labels()[i];
          w[k] = byWords ? PAGE_WEIGHT * x[k][SHARE] : 1;
          k++;
        }
      }
      BoostedTrees.Model model = BoostedTrees.fit(x, y, w, trees);
      List<ParagraphFilter.Node[]> out = new ArrayList<>();
      for (BoostedTrees.Node[] t : model.trees()) {
        ParagraphFilter.Node[] nodes = new ParagraphFilter.Node[t.length];
        for (int i = 0; i < t.length; i++) {
          nodes[i] = new ParagraphFilter.Node(t[i].feature(), t[i].cut(), t[i].left(), t[i].right(), t[i].value());
        }
        out.add(nodes);
      }
      return ParagraphFilter.ofTrees(model.base(), out, threshold);
    }
  }

  static final List<Model> MODELS = List.of(
      new Model("logistic, penalty 0.1", 0.1, false, null),
      new Model("logistic, penalty 1, by words", 1, true, null),
      new Model("logistic, penalty 10, by words", 10, true, null),
      new Model("trees 200x3, by words", 0, true, new BoostedTrees.Params(200, 3, 0.1, 1, 1)));

  static List<Page> read(Path dir, SitePart part) throws IOException {
    List<Path> truths = GroundTruthPage.files(dir.resolve("ground-truth"));
    List<GroundTruthPage> chosen = new ArrayList<>();
    for (Path t : truths) {
      GroundTruthPage g = GroundTruthPage.read(t, dir.resolve("html"));
      if (part.contains(g.url()) && java.nio.file.Files.exists(g.html())) {
        chosen.add(g);
      }
    }
    HtmlArticleExtractor extractor = new HtmlArticleExtractor(ParagraphFilter.NONE);
    Page[] out = new Page[chosen.size()];
    IntStream.range(0, chosen.size()).parallel().forEach(i -> out[i] = page(chosen.get(i), extractor));
    return List.of(out);
  }

  private static Page page(GroundTruthPage g, HtmlArticleExtractor extractor) {
    String html;
    try {
      html = g.readHtml();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, Integer> truth = WordOverlap.bag(g.mainContent());
    List<String> truthWords = words(g.mainContent());
    java.util.Set<String> pairs = new java.util.HashSet<>();
    for (int i = 0; i + 1 < truthWords.size(); i++) {
      pairs.add(truthWords.get(i) + " " + truthWords.get(i + 1));
    }
    List<ParagraphCandidate> cs = extractor.candidates(html, g.url());
    List<double[]> features = new ArrayList<>();
    double[] labels = new double[cs.size()];
    List<Map<String, Integer>> bags = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      features.add(cs.get(i).features());
      bags.add(WordOverlap.bag(cs.get(i).text()));
      labels[i] = shareFound(words(cs.get(i).text()), pairs, truth) >= 0.5 ? 1 : 0;
    }
    Map<String, Integer> fixed = null;
    if (cs.isEmpty()) {
      fixed = WordOverlap.bag(String.join("\n", extractor.extract(html, g.url()).paragraphs()));
    }
    String host = SitePart.host(g.url());
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update((host == null ? "" : host).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    int fold = (int) ((crc.getValue() / 3) % FOLDS);
    return new Page(g.id(), fold, truth, features, labels, bags, fixed);
  }

  /** Share of the paragraph's word pairs (its word, when it has one) found in the reference. */
  static double shareFound(List<String> words, java.util.Set<String> pairs, Map<String, Integer> truth) {
    if (words.isEmpty()) {
      return 0;
    }
    if (words.size() == 1) {
      return truth.containsKey(words.get(0)) ? 1 : 0;
    }
    int found = 0;
    for (int i = 0; i + 1 < words.size(); i++) {
      if (pairs.contains(words.get(i) + " " + words.get(i + 1))) {
        found++;
      }
    }
    return (double) found / (words.size() - 1);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static double[] probabilities(Page p, ParagraphFilter filter) {
    double[] out = new double[p.labels().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = filter.probability(p.features().get(i));
    }
    return out;
  }

  /** Mean per-page F1 keeping paragraphs whose probability is at least {@code t} (all when {@code probs} is null). */
  static double meanF1(List<Page> pages, Map<Page, double[]> probs, double t) {
    double sum = 0;
    for (Page p : pages) {
      Map<String, Integer> kept = new HashMap<>();
      if (p.fixed() != null) {
        kept = p.fixed();
      } else {
        double[] pr = probs == null ? null : probs.get(p);
        for (int i = 0; i < p.labels().length; i++) {
          if (pr == null || pr[i] >= t) {
            for (Map.Entry<String, Integer> e : p.bags().get(i).entrySet()) {
              kept.merge(e.getKey(), e.getValue(), Integer::sum);
            }
          }
        }
      }
      sum += f1(kept, p.truth());
    }
    return sum / pages.size();
  }

  static double f1(Map<String, Integer> pred, Map<String, Integer> ref) {
    int predTotal = 0;
    int refTotal = 0;
    int overlap = 0;
    for (int c : pred.values()) {
      predTotal += c;
    }
    for (int c : ref.values()) {
      refTotal += c;
    }
    if (refTotal == 0) {
      return predTotal == 0 ? 1 : 0;
    }
    if (predTotal == 0) {
      return 0;
    }
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    double p = (double) overlap / predTotal;
    double r = (double) overlap / refTotal;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Logistic regression by Newton's method (iteratively reweighted least squares), L2 penalty
   * {@code penalty} on every weight but the bias; each paragraph weighs 1, or when {@code byWords} its share of its
   * page's words times the page's paragraphs (the score counts words, and every page the same). 25 steps or until the step is tiny.
   */
  static double[] fit(List<Page> pages, double penalty, boolean byWords) {
    int d = HtmlArticleExtractor.featureNames().size();
    double[] w = new double[d];
    for (int iter = 0; iter < 25; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (Page p : pages) {
        for (int i = 0; i < p.labels().length; i++) {
          double[] x = p.features().get(i);
          double weight = byWords ? PAGE_WEIGHT * x[SHARE] : 1;
          double mu = sigmoid(dot(w, x));
          double g = weight * (mu - p.labels()[i]);
          double h = weight * Math.max(mu * (1 - mu), 1e-9);
          for (int a = 0; a < d; a++) {
            if (x[a] == 0) {
              continue;
            }
            grad[a] += g * x[a];
            double hx = h * x[a];
            for (int b = a; b < d; b++) {
              hess[a][b] += hx * x[b];
            }
          }
        }
      }
      for (int a = 1; a < d; a++) {
        grad[a] += penalty * w[a];
        hess[a][a] += penalty;
      }
      hess[0][0] += 1e-6;
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          hess[a][b] = hess[b][a];
        }
        hess[a][a] += 1e-9;
      }
      double[] step = LinearSystems.solveSymmetricPositiveDefinite(hess, grad);
      double max = 0;
      for (int a = 0; a < d; a++) {
        w[a] -= step[a];
        max = Math.max(max, Math.abs(step[a]));
      }
      if (max < 1e-7) {
        break;
      }
    }
    return w;
  }

  /**
   * Weighted by words, each page's paragraphs weigh this much together, as each page counts the same
   * in the mean per-page F1 (about the tuning pages' mean number of paragraphs, so penalties keep their scale).
   */
  static final double PAGE_WEIGHT = 100;

  /** The feature that is a paragraph's share of its page's words. */
  private static final int SHARE = HtmlArticleExtractor.featureNames().indexOf("own_words_share");

  private static double dot(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return z;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
