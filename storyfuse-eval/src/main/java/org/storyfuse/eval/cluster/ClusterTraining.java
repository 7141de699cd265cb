package org.storyfuse.eval.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.storyfuse.cluster.ArticleFeatures;
import org.storyfuse.cluster.ClusterParams;
import org.storyfuse.cluster.IncrementalStoryClusterer;
import org.storyfuse.cluster.JoinModel;
import org.storyfuse.cluster.StoryClusterer;
import org.storyfuse.cluster.Storyline;
import org.storyfuse.eval.ClusteringScores;
import org.storyfuse.eval.LabelledArticles.Labelled;
import org.storyfuse.model.Article;
import org.storyfuse.story.Level;

/**
 * Trains the {@link JoinModel}: per level, a logistic regression on labelled article pairs (every
 * pair of a set, features as the clusterer computes them), then the level's threshold chosen by
 * clustering the training sets with the product clusterer over a grid of thresholds and keeping
 * the one with the best mean B-cubed F1. Deterministic (no sampling): the same data gives the
 * same weights.
 *
 * <p>Pair weights: in each set, positives and negatives weigh the same in total, and a quarter of
 * the negative weight goes to pairs of the same topic (ECB+'s two events of one kind, made-up
 * incidents of one kind in different towns), the hard cases; the storyline level never sees time.
 *
 * <p>Sets marked {@link Dataset#headlines()} (copies stripped to their headlines) train only the
 * headline terms of the model, on top of what the full sets gave ({@link #train}).
 */
public final class ClusterTraining {


  /** L2 penalty on the weights (not the bias), relative to a set's total weight of 2. */
  static final double L2 = 1e-4;

  /** The share of a set's negative weight that goes to negatives of the same topic. */
  static final double HARD_SHARE = Double.parseDouble(System.getProperty("storyfuse.hard", "0.25"));

  /**
   * A labelled set as training sees it.
   *
   * @param events     its {@code cluster} labels are events (train the event level on it)
   * @param storylines its {@code storyline} labels are storylines (train the storyline level on it)
   * @param headlines  a copy of a set with some or all articles stripped to their headlines: it
   *                   trains only the headline terms, on top of the weights the full sets gave
   */
  public record Dataset(String name, List<Labelled> items, boolean events, boolean storylines, double weight,
      boolean publicationDates, boolean headlines) {
    public Dataset(String name, List<Labelled> items, boolean events, boolean storylines, double weight,
        boolean publicationDates) {
      this(name, items, events, storylines, weight, publicationDates, false);
    }

    public Dataset(String name, List<Labelled> items, boolean events, boolean storylines) {
      this(name, items, events, storylines, 1, true, false);
    }
  }

  /** Training examples of one level: feature rows, labels, and the topics on either side. */
  static final class Examples {
    final int dim = JoinModel.FEATURES.size();
    float[] x = new float[1024 * dim];
    boolean[] same = new boolean[1024];
    String[] topicA = new String[1024];
    String[] topicB = new String[1024];
    boolean[] dated = new boolean[1024];
    int size;

    void add(double[] f, boolean isSame, String a, String b) {
      add(f, isSame, a, b, false);
    }

    void add(double[] f, boolean isSame, String a, String b, boolean bothDated) {
      if (size == same.length) {
        x = java.util.Arrays.copyOf(x, x.length * 2);
        same = java.util.Arrays.copyOf(same, same.length * 2);
        topicA = java.util.Arrays.copyOf(topicA, topicA.length * 2);
        topicB = java.util.Arrays.copyOf(topicB, topicB.length * 2);
        dated = java.util.Arrays.copyOf(dated, dated.length * 2);
      }
      dated[size] = bothDated;
      for (int d = 0; d < dim; d++) {
        x[size * dim + d] = (float) f[d];
      }
      same[size] = isSame;
      topicA[size] = a;
      topicB[size] = b;
      size++;
    }
  }

  /**
   * A set with its articles' features (in clustering order) and its training examples: for the
   * event level every article pair (average link is the mean of pair features, so a model of pairs
   * is a model of events); for the storyline level, as the clusterer places an article, each
   * article against every gold storyline's articles before it (average link, no time).
   */
  static final class Prepared {
    final Dataset data;
    final List<ArticleFeatures> features = new ArrayList<>();
    final String[] event;
    final String[] storyline;
    final String[] topic;
    final Examples eventExamples = new Examples();
    final Examples storylineExamples = new Examples();

    Prepared(Dataset d, StoryClusterer clusterer) {
      data = d;
      List<Labelled> sorted = new ArrayList<>(d.items());
      sorted.sort((a, b) -> StoryClusterer.ARTICLE_ORDER.compare(a.article(), b.article()));
      int n = sorted.size();
      event = new String[n];
      storyline = new String[n];
      topic = new String[n];
      for (int i = 0; i < n; i++) {
        Labelled l = sorted.get(i);
        features.add(clusterer.features(l.article()));
        event[i] = l.cluster();
        storyline[i] = l.storyline();
        topic[i] = l.topic();
      }
      IncrementalStoryClusterer c = new IncrementalStoryClusterer(clusterer.params());
      c.observeCollection(features);
      if (d.events()) {
        IncrementalStoryClusterer.PairFeatures pf = c.pairFeatures(features);
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            eventExamples.add(pf.of(i, j), event[i].equals(event[j]), topic[i], topic[j],
                features.get(i).time() != null && features.get(j).time() != null);
          }
        }
      }
      if (d.storylines()) {
        Map<String, IncrementalStoryClusterer.Group> prefix = new java.util.LinkedHashMap<>();
        Map<String, String> topicOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
          IncrementalStoryClusterer.Group one = c.group();
          one.add(features.get(i));
          for (Map.Entry<String, IncrementalStoryClusterer.Group> e : prefix.entrySet()) {
            storylineExamples.add(one.features(e.getValue(), false), e.getKey().equals(storyline[i]), topic[i],
                topicOf.get(e.getKey()));
          }
          prefix.computeIfAbsent(storyline[i], k -> c.group()).add(features.get(i));
          topicOf.put(storyline[i], topic[i]);
        }
      }
    }

    String[] labels(Level level) {
      return level == Level.EVENT ? event : storyline;
    }

    Examples examples(Level level) {
      return level == Level.EVENT ? eventExamples : storylineExamples;
    }

    boolean trains(Level level) {
      return level == Level.EVENT ? data.events() : data.storylines();
    }
  }

  private final StoryClusterer clusterer;
  private final List<Prepared> sets = new ArrayList<>();
  /** Whether the model weighs sentence embeddings (the shipped default) or not (for clusterers without an embedder). */
  private boolean dense = true;

  /** Trains the model that weighs sentence embeddings ({@code true}, the default) or the one without. */
  public ClusterTraining dense(boolean withDense) {
    this.dense = withDense;
    return this;
  }

  public ClusterTraining(List<Dataset> datasets) {
    // features with sentence vectors; the lexical model simply leaves the dense feature out
    this.clusterer = new StoryClusterer(ClusterParams.DEFAULT, org.storyfuse.cli.AnalysisOptions.embedder());
    for (Dataset d : datasets) {
      sets.add(new Prepared(d, clusterer));
    }
  }

  /** Every topic of every set (what cross-validation splits into folds). */
  public List<String> topics() {
    TreeSet<String> out = new TreeSet<>();
    for (Prepared p : sets) {
      out.addAll(Arrays.asList(p.topic));
    }
    return new ArrayList<>(out);
  }

  /**
   * Trains both levels on the pairs and articles whose topic passes {@code train}. The full sets
   * give the content weights and the thresholds, exactly as if there were no headline copies; the
   * headline copies then give the headline terms (fitted with the full model's logit as a fixed
   * offset, so they cannot move a pair of full articles), and last a shift of the headline regime's
   * bias chosen like a threshold, by the product clusterer's B-cubed F1 on the headline copies.
   */
  public JoinModel train(Predicate<String> train, String note) {
    JoinModel.Weights event = fit(Level.EVENT, train);
    JoinModel.Weights storyline = fit(Level.STORYLINE, train);
    JoinModel model = new JoinModel(event, storyline, note);
    double te = calibrate(t -> model.withThresholds(t, 0), Level.EVENT, FULL, train);
    JoinModel eventSet = model.withThresholds(te, 0);
    double ts = calibrate(t -> eventSet.withThresholds(te, t), Level.STORYLINE, FULL, train);
    JoinModel thresholds = eventSet.withThresholds(te, ts);
    if (sets.stream().noneMatch(HEADLINES)) {
      return thresholds;
    }
    JoinModel withHeadlines = new JoinModel(fitHeadlines(Level.EVENT, thresholds.event(), train),
        fitHeadlines(Level.STORYLINE, thresholds.storyline(), train), note);
    double se = calibrate(d -> shifted(withHeadlines, Level.EVENT, d), Level.EVENT, HEADLINES, train);
    JoinModel eventShifted = shifted(withHeadlines, Level.EVENT, se);
    double ss = calibrate(d -> shifted(eventShifted, Level.STORYLINE, d), Level.STORYLINE, HEADLINES, train);
    System.err.printf(java.util.Locale.ROOT, "storyfuse: headline regime shift: event %.3f, storyline %.3f%n", se, ss);
    return shifted(eventShifted, Level.STORYLINE, ss);
  }

  private static final Predicate<Prepared> FULL = s -> !s.data.headlines();
  private static final Predicate<Prepared> HEADLINES = s -> s.data.headlines();

  /** The model with {@code shift} added to the level's weight on pairs with a headline side. */
  static JoinModel shifted(JoinModel m, Level level, double shift) {
    JoinModel.Weights w = level == Level.EVENT ? m.event() : m.storyline();
    double[] ws = w.weights();
    ws[JoinModel.HEADLINE_ANY] += shift;
    JoinModel.Weights out = new JoinModel.Weights(w.bias(), ws, w.threshold());
    return level == Level.EVENT ? new JoinModel(out, m.storyline(), m.note()) : new JoinModel(m.event(), out, m.note());
  }

  // --- logistic regression -----------------------------------------------------------------

  /** Features each level uses: the storyline level leaves out time. */
  int[] used(Level level) {
    if (level == Level.EVENT) {
      return content(true);
    }
    // A storyline is not made by a shared year or list size: only numbers weighed by their rarity.
    return java.util.Arrays.stream(content(false)).filter(i -> i != JoinModel.NUMBERS).toArray();
  }

  /** The content features, with the time gap or not. */
  private int[] content(boolean time) {
    List<Integer> out = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, JoinModel.RARE_NUMBERS));
    if (time) {
      out.add(JoinModel.LOG_GAP);
    }
    if (dense) {
      out.add(JoinModel.DENSE);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The terms of the headline regime: its bias (any, both) and its own lead and dense similarities. */
  private int[] headlineTerms() {
    List<Integer> out = new ArrayList<>(List.of(JoinModel.HEADLINE_ANY, JoinModel.HEADLINE_BOTH, JoinModel.HEADLINE_LEAD));
    if (dense) {
      out.add(JoinModel.HEADLINE_DENSE);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The headline terms, fitted on the headline copies with {@code base}'s logit as a fixed offset
   * and no intercept of their own ({@code headline_any} is the regime's intercept): for a pair of
   * full articles every headline term is 0, so the full model stands as it was trained.
   */
  JoinModel.Weights fitHeadlines(Level level, JoinModel.Weights base, Predicate<String> train) {
    int[] use = headlineTerms();
    double[] beta = newton(level, use, false, base, HEADLINES, train);
    double[] weights = base.weights();
    for (int u = 0; u < use.length; u++) {
      weights[use[u]] = beta[u];
    }
    return new JoinModel.Weights(base.bias(), weights, base.threshold());
  }

  /**
   * The event level is fitted in two steps: the content weights on every pair without time, then
   * the time-gap weight alone on the pairs where both are dated, with the content logit as a fixed
   * offset and no intercept of its own — so a same-day pair is as likely as an undated pair with
   * the same content, and being dated earns no bonus (on ECB+ a "both dated" term learns that the
   * dated half of each topic goes together, and then holds undated reports back).
   */
  JoinModel.Weights fit(Level level, Predicate<String> train) {
    if (level == Level.STORYLINE) {
      return fit(level, used(level), train);
    }
    JoinModel.Weights content = fit(level, content(false), train);
    // the time weight on the full sets (the headline copies repeat their dates)
    int dim = JoinModel.FEATURES.size();
    double wt = 0;
    for (int iter = 0; iter < 50; iter++) {
      double g = 0;
      double h = 0;
      double total = 0;
      for (Prepared s : sets) {
        if (!s.trains(level) || !FULL.test(s)) {
          continue;
        }
        Examples ex = s.examples(level);
        double[] w = pairWeights(ex, train);
        if (w == null) {
          continue;
        }
        total += 2 * s.data.weight();
        double[] row = new double[dim];
        for (int k = 0; k < ex.size; k++) {
          int cls = pairClass(ex, k, train);
          if (cls < 0 || !ex.dated[k] || !s.data.publicationDates()) {
            continue;
          }
          for (int d = 0; d < dim; d++) {
            row[d] = ex.x[k * dim + d];
          }
          double t = row[JoinModel.LOG_GAP];
          double z = content.logit(row) - content.weights()[JoinModel.LOG_GAP] * t + wt * t;
          double prob = 1 / (1 + Math.exp(-z));
          double weight = w[cls] * s.data.weight();
          g += weight * ((cls == 0 ? 1 : 0) - prob) * t;
          h += weight * prob * (1 - prob) * t * t;
        }
      }
      if (iter == 0 && Boolean.getBoolean("storyfuse.debug")) {
        System.err.println("time step: g=" + g + " h=" + h);
        for (Prepared s : sets) {
          Examples ex = s.examples(level);
          double[] sum = new double[3];
          double[] cnt = new double[3];
          for (int k = 0; k < ex.size; k++) {
            int cls = pairClass(ex, k, train);
            if (cls >= 0 && ex.dated[k]) {
              sum[cls] += ex.x[k * dim + JoinModel.LOG_GAP];
              cnt[cls]++;
            }
          }
          System.err.printf("%s: pos %.0f mean %.2f, hard %.0f mean %.2f, easy %.0f mean %.2f%n", s.data.name(), cnt[0],
              sum[0] / cnt[0], cnt[1], sum[1] / cnt[1], cnt[2], sum[2] / cnt[2]);
        }
      }
      g -= L2 * total * wt;
      h += L2 * total;
      double step = h == 0 ? 0 : g / h;
      wt += step;
      if (Math.abs(step) < 1e-7) {
        break;
      }
    }
    double[] weights = content.weights();
    weights[JoinModel.LOG_GAP] = wt;
    return new JoinModel.Weights(content.bias(), weights, 0);
  }

  JoinModel.Weights fit(Level level, int[] use, Predicate<String> train) {
    double[] beta = newton(level, use, true, null, FULL, train);
    double[] weights = new double[JoinModel.FEATURES.size()];
    for (int u = 0; u < use.length; u++) {
      weights[use[u]] = beta[u + 1];
    }
    return new JoinModel.Weights(beta[0], weights, 0);
  }

  /**
   * Newton's method (IRLS) on the weighted, L2-penalised log-likelihood of the level's examples in
   * the sets {@code from}: the coefficients of {@code use} (after the intercept when asked), with
   * {@code offset}'s logit (when given) added to every example's as a fixed part.
   */
  private double[] newton(Level level, int[] use, boolean intercept, JoinModel.Weights offset, Predicate<Prepared> from,
      Predicate<String> train) {
    int p = use.length + (intercept ? 1 : 0);
    double[] beta = new double[p];
    double[] step = new double[p];
    double previous = Double.NEGATIVE_INFINITY;
    for (int iter = 0; iter < 100; iter++) {
      Step s = newtonStep(level, use, intercept, offset, from, train, beta);
      if (s.objective < previous - 1e-12) {
        // Overshot (a plain Newton step can, when a feature nearly separates the classes): halve it.
        for (int u = 0; u < p; u++) {
          step[u] /= 2;
          beta[u] -= step[u];
        }
        continue;
      }
      previous = s.objective;
      double size = 0;
      for (int u = 0; u < p; u++) {
        step[u] = s.direction[u];
        beta[u] += step[u];
        size = Math.max(size, Math.abs(step[u]));
      }
      if (size < 1e-7) {
        break;
      }
    }
    return beta;
  }

  /** The penalised log-likelihood at {@code beta} and the Newton direction from there. */
  private record Step(double objective, double[] direction) {}

  private Step newtonStep(Level level, int[] use, boolean intercept, JoinModel.Weights offset, Predicate<Prepared> from,
      Predicate<String> train, double[] beta) {
    int dim = JoinModel.FEATURES.size();
    int first = intercept ? 1 : 0;
    int p = use.length + first;
    double[] row = new double[dim];
    double[] grad = new double[p];
    double[][] hess = new double[p][p];
    double objective = 0;
    double total = 0;
    for (Prepared s : sets) {
      if (!s.trains(level) || !from.test(s)) {
        continue;
      }
      Examples ex = s.examples(level);
      double[] w = pairWeights(ex, train);
      if (w == null) {
        continue;
      }
      total += 2 * s.data.weight();
      double[] xi = new double[p];
      for (int k = 0; k < ex.size; k++) {
        int cls = pairClass(ex, k, train);
        if (cls < 0) {
          continue;
        }
        double weight = w[cls] * s.data.weight();
        if (intercept) {
          xi[0] = 1;
        }
        for (int u = 0; u < use.length; u++) {
          xi[u + first] = ex.x[k * dim + use[u]];
        }
        double z = 0;
        if (offset != null) {
          for (int d = 0; d < dim; d++) {
            row[d] = ex.x[k * dim + d];
          }
          z = offset.logit(row);
        }
        for (int u = 0; u < p; u++) {
          z += beta[u] * xi[u];
        }
        double prob = 1 / (1 + Math.exp(-z));
        double y = cls == 0 ? 1 : 0;
        // log p(y): −log(1 + e^{−z}) for a positive, −log(1 + e^{z}) for a negative, computed stably
        double margin = y == 1 ? z : -z;
        objective -= weight * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
        double r = weight * (y - prob);
        double h = weight * prob * (1 - prob);
        for (int u = 0; u < p; u++) {
          grad[u] += r * xi[u];
          for (int v = u; v < p; v++) {
            hess[u][v] += h * xi[u] * xi[v];
          }
        }
      }
    }
    for (int u = first; u < p; u++) {
      objective -= L2 * total * beta[u] * beta[u] / 2;
      grad[u] -= L2 * total * beta[u];
      hess[u][u] += L2 * total;
    }
    for (int u = 0; u < p; u++) {
      for (int v = 0; v < u; v++) {
        hess[u][v] = hess[v][u];
      }
    }
    return new Step(objective, solve(hess, grad));
  }

  /** 0 = same group, 1 = hard negative (same topic), 2 = other negative, −1 = not a training example. */
  private static int pairClass(Examples ex, int k, Predicate<String> train) {
    if (!train.test(ex.topicA[k]) || !train.test(ex.topicB[k])) {
      return -1;
    }
    if (ex.same[k]) {
      return 0;
    }
    return ex.topicA[k].equals(ex.topicB[k]) ? 1 : 2;
  }

  /**
   * Per class, the weight of one example: positives and negatives 1 each in total, hard negatives
   * half of that; a set without positives (every storyline one event) gives negatives only.
   */
  private static double[] pairWeights(Examples ex, Predicate<String> train) {
    long[] count = new long[3];
    for (int k = 0; k < ex.size; k++) {
      int cls = pairClass(ex, k, train);
      if (cls >= 0) {
        count[cls]++;
      }
    }
    if (count[0] + count[1] + count[2] == 0) {
      return null;
    }
    double hardShare = count[1] == 0 ? 0 : count[2] == 0 ? 1 : HARD_SHARE;
    return new double[] {count[0] == 0 ? 0 : 1.0 / count[0], count[1] == 0 ? 0 : hardShare / count[1],
        count[2] == 0 ? 0 : (1 - hardShare) / count[2]};
  }

  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[c][c]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }

  // --- threshold ---------------------------------------------------------------------------

  /**
   * The value of a model parameter (a level's threshold, or its headline shift) with the best mean
   * B-cubed F1 over the sets {@code from} at the level: a grid from −3 to 3, then finer around the best.
   */
  double calibrate(java.util.function.DoubleFunction<JoinModel> modelAt, Level level, Predicate<Prepared> from,
      Predicate<String> train) {
    double best = 0;
    double bestScore = -1;
    for (double t = -3; t <= 3.001; t += 0.5) {
      double s = meanF1(modelAt.apply(t), level, from, train);
      if (s > bestScore + 1e-9) {
        best = t;
        bestScore = s;
      }
    }
    double centre = best;
    for (double t = centre - 0.375; t <= centre + 0.376; t += 0.125) {
      double s = meanF1(modelAt.apply(t), level, from, train);
      if (s > bestScore + 1e-9) {
        best = t;
        bestScore = s;
      }
    }
    return best;
  }

  double meanF1(JoinModel m, Level level, Predicate<Prepared> from, Predicate<String> train) {
    double sum = 0;
    double n = 0;
    for (Prepared s : sets) {
      if (!s.trains(level) || !from.test(s)) {
        continue;
      }
      Double f = score(s, m, level, train);
      if (f != null) {
        sum += f * s.data.weight();
        n += s.data.weight();
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** B-cubed F1 at the level on the set's articles whose topic passes {@code scored}, the whole set clustered. */
  Double score(Prepared s, JoinModel model, Level level, Predicate<String> scored) {
    List<String> predicted = predict(s, model, level);
    String[] label = s.labels(level);
    List<String> gold = new ArrayList<>();
    List<String> pred = new ArrayList<>();
    for (int i = 0; i < label.length; i++) {
      if (scored.test(s.topic[i])) {
        gold.add(label[i]);
        pred.add(predicted.get(i));
      }
    }
    return gold.isEmpty() ? null : ClusteringScores.of(gold, pred).bcubedF1();
  }

  /** The group of each article (in the set's clustering order) under the model, at the level. */
  static List<String> predict(Prepared s, JoinModel model, Level level) {
    StoryClusterer c = new StoryClusterer(ClusterParams.DEFAULT.withModel(model), org.storyfuse.cli.AnalysisOptions.embedder());
    List<Storyline> lines = c.clusterOrdered(s.features);
    Map<String, String> group = new HashMap<>();
    int n = 0;
    for (Storyline l : lines) {
      if (level == Level.STORYLINE) {
        String g = "l" + n++;
        l.members().forEach(m -> group.put(m, g));
      } else {
        for (List<String> e : l.events()) {
          String g = "e" + n++;
          e.forEach(m -> group.put(m, g));
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (ArticleFeatures f : s.features) {
      out.add(group.get(f.id()));
    }
    return out;
  }

  /** Per threshold of a grid, each set's B-cubed F1 at the level (for looking at the curves). */
  public String sweep(JoinModel model, Level level) {
    StringBuilder out = new StringBuilder(level + " threshold");
    for (Prepared s : sets) {
      if (s.trains(level)) {
        out.append('\t').append(s.data.name());
      }
    }
    out.append('\n');
    for (double t = -3; t <= 4.001; t += 0.5) {
      JoinModel m = level == Level.EVENT ? model.withThresholds(t, model.storyline().threshold())
          : model.withThresholds(model.event().threshold(), t);
      out.append(String.format(java.util.Locale.ROOT, "%.2f", t));
      for (Prepared s : sets) {
        if (s.trains(level)) {
          out.append(String.format(java.util.Locale.ROOT, "\t%.3f", score(s, m, level, x -> true)));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The sets' names and sizes, for reports. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Prepared p : sets) {
      Set<String> ev = new TreeSet<>(Arrays.asList(p.event));
      Set<String> sl = new TreeSet<>(Arrays.asList(p.storyline));
      Set<String> tp = new TreeSet<>(Arrays.asList(p.topic));
      out.add(String.format(java.util.Locale.ROOT, "%s: %d articles, %d topics, %d %s, %d storylines",
          p.data.name(), p.features.size(), tp.size(), ev.size(), p.data.events() ? "events" : "clusters", sl.size()));
    }
    return out;
  }

  /** For experiments: the articles of a set (not used by training itself). */
  static List<Article> articles(Dataset d) {
    return d.items().stream().map(Labelled::article).toList();
  }
}
