package org.storyfuse.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains the product's other-wording decision (core {@code fuse.OtherWordingModel}): a logistic
 * regression over a few pair features, fitted on the hand-labelled pairs of the tune half, its
 * regularisation and operating point chosen by cross-validation grouped by topic (a topic's pairs
 * share sentences, so a random split would leak), for precision.
 *
 * <p>Input: the features log the product writes when run with
 * {@code -Dstoryfuse.wordings.features=FILE} (every sentence offered as another wording, kept or
 * not) and {@code labels.tsv}. Only the pairs the learned decision rules on are used: not stating the
 * claim (those are cited as support), aligned with the shown sentence but not of the same occasion
 * (that rule stands on its own), no other figures (the rules that stand before it). Usage, from the repository root:
 *
 * <pre>
 * STORYFUSE_JAVA_OPTS="-Xmx2g -Dstoryfuse.wordings.features=/tmp/features.tsv" ./storyfuse eval wordings
 * java -cp storyfuse-cli/target/storyfuse.jar:storyfuse-eval/target/storyfuse-eval.jar \
 *   org.storyfuse.eval.OtherWordingTrainer /tmp/features.tsv \
 *   storyfuse-eval/src/test/resources/wordings/labels.tsv \
 *   storyfuse-core/src/main/resources/org/storyfuse/fuse/other-wording-model.tsv
 * </pre>
 */
public final class OtherWordingTrainer {

  /** The features the model weighs (chosen on the tune half, docs/EVALUATION.md). */
  public static final List<String> FEATURES = List.of("day_gap", "tfidf", "names_share", "shares_number",
      "meaning_centred");
  /** Held out: never read for training or choosing. */
  public static final Set<String> HELD_OUT = Set.of("M005", "M006", "M007", "M008", "M009");
  /** L2 strengths tried. */
  static final double[] LAMBDAS = {0.1, 0.3, 1, 3};
  /** The operating point keeps at least this share of the true pairs (in cross-validation). */
  static final double MIN_RECALL = 2.0 / 3;

  private OtherWordingTrainer() {}

  /** One labelled pair: its topic, label and features (in {@link #FEATURES} order). */
  public record Example(String group, boolean same, double[] x) {}

  /** A fitted model. */
  public record Model(double bias, double[] weights) {

    public double probability(double[] x) {
      double z = bias;
      for (int i = 0; i < x.length; i++) {
        z += weights[i] * x[i];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  /**
   * L2-regularised logistic regression (bias not penalised) by Newton's method: deterministic, and
   * exact for a handful of features.
   */
  public static Model fit(List<Example> data, double lambda) {
    int d = data.isEmpty() ? 0 : data.get(0).x().length;
    double[] w = new double[d + 1]; // last: bias
    for (int iter = 0; iter < 50; iter++) {
      double[][] h = new double[d + 1][d + 1];
      double[] g = new double[d + 1];
      for (Example e : data) {
        double[] xb = withBias(e.x());
        double p = 1 / (1 + Math.exp(-dot(w, xb)));
        double r = p - (e.same() ? 1 : 0);
        for (int i = 0; i <= d; i++) {
          g[i] += r * xb[i];
          for (int j = 0; j <= d; j++) {
            h[i][j] += p * (1 - p) * xb[i] * xb[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        g[i] += lambda * w[i];
        h[i][i] += lambda;
      }
      h[d][d] += 1e-9;
      double[] step = LinearSystems.solveSymmetricPositiveDefinite(h, g);
      double size = 0;
      for (int i = 0; i <= d; i++) {
        w[i] -= step[i];
        size += Math.abs(step[i]);
      }
      if (size < 1e-10) {
        break;
      }
    }
    return new Model(w[d], java.util.Arrays.copyOf(w, d));
  }

  /** Each example's probability from a model fitted without its group. */
  public static double[] crossValidate(List<Example> data, double lambda) {
    double[] out = new double[data.size()];
    Set<String> groups = new TreeSet<>();
    data.forEach(e -> groups.add(e.group()));
    for (String held : groups) {
      Model m = fit(data.stream().filter(e -> !e.group().equals(held)).toList(), lambda);
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i).group().equals(held)) {
          out[i] = m.probability(data.get(i).x());
        }
      }
    }
    return out;
  }

  /** A threshold and what keeping the pairs at or above it gives. */
  public record Point(double threshold, int kept, int same, int sameTotal) {

    public double precision() {
      return kept == 0 ? 0 : same / (double) kept;
    }
  }

  /**
   * The operating point: the threshold (one of the probabilities, so a pair sits on it) with the best
   * precision among those keeping at least {@code minRecall} of the true pairs; ties go to the lower
   * threshold, which keeps more.
   */
  public static Point choose(List<Example> data, double[] p, double minRecall) {
    int sameTotal = (int) data.stream().filter(Example::same).count();
    Point best = null;
    for (double t : new TreeSet<>(java.util.Arrays.stream(p).boxed().toList())) {
      Point at = at(data, p, t, sameTotal);
      if (at.same() >= minRecall * sameTotal && (best == null || at.precision() > best.precision())) {
        best = at;
      }
    }
    return best;
  }

  static Point at(List<Example> data, double[] p, double t, int sameTotal) {
    int kept = 0;
    int same = 0;
    for (int i = 0; i < data.size(); i++) {
      if (p[i] >= t) {
        kept++;
        same += data.get(i).same() ? 1 : 0;
      }
    }
    return new Point(t, kept, same, sameTotal);
  }

  /**
   * The labelled pairs the decision rules on, from the features log: first occurrence of each (claim,
   * article, sentence), held-out groups left out.
   */
  public static List<Example> examples(Path featuresLog, Map<String, OtherWordingCheck.Label> labels,
      Set<String> heldOut) throws IOException {
    List<String> lines = Files.readAllLines(featuresLog, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int[] columns = FEATURES.stream().mapToInt(header::indexOf).toArray();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] < 0) {
        throw new IllegalArgumentException(featuresLog + " has no column " + FEATURES.get(i));
      }
    }
    int aligned = header.indexOf("aligned");
    int occasion = header.indexOf("same_occasion");
    Set<String> seen = new LinkedHashSet<>();
    List<Example> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      String key = OtherWordingCheck.key(f[0], f[1], Integer.parseInt(f[2]));
      OtherWordingCheck.Label label = labels.get(key);
      // what the model rules on: aligned, not of the same occasion (that rule stands), not stating, no other figures
      boolean gated = f[aligned].equals("1.0000") && !f[occasion].equals("1.0000") && f[3].equals("0")
          && f[4].equals("0");
      if (!seen.add(key) || label == null || !gated || heldOut.contains(label.group())) {
        continue;
      }
      double[] x = new double[columns.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = Double.parseDouble(f[columns[i]]);
      }
      out.add(new Example(label.group(), label.same(), x));
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: OtherWordingTrainer FEATURES_LOG LABELS_TSV MODEL_OUT");
      System.exit(2);
    }
    List<Example> data = examples(Path.of(args[0]), OtherWordingCheck.readLabels(Path.of(args[1])), HELD_OUT);
    int same = (int) data.stream().filter(Example::same).count();
    System.out.printf(Locale.ROOT, "tune pairs: %d, %d same (%.1f%%)%n", data.size(), same, 100.0 * same / data.size());
    double bestLambda = LAMBDAS[0];
    Point bestPoint = null;
    double[] bestP = null;
    for (double lambda : LAMBDAS) {
      double[] p = crossValidate(data, lambda);
      Point point = choose(data, p, MIN_RECALL);
      System.out.printf(Locale.ROOT, "lambda %.1f: CV threshold %.3f keeps %d, %d same (%.1f%%) of %d%n", lambda,
          point.threshold(), point.kept(), point.same(), 100 * point.precision(), same);
      if (bestPoint == null || point.precision() > bestPoint.precision()) {
        bestLambda = lambda;
        bestPoint = point;
        bestP = p;
      }
    }
    Set<String> groups = new TreeSet<>();
    data.forEach(e -> groups.add(e.group()));
    for (String g : groups) {
      int kept = 0;
      int keptSame = 0;
      int all = 0;
      int allSame = 0;
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i).group().equals(g)) {
          all++;
          allSame += data.get(i).same() ? 1 : 0;
          if (bestP[i] >= bestPoint.threshold()) {
            kept++;
            keptSame += data.get(i).same() ? 1 : 0;
          }
        }
      }
      System.out.printf(Locale.ROOT, "  %s: %d/%d same before, %d/%d kept after (CV)%n", g, allSame, all, keptSame,
          kept);
    }
    Model model = fit(data, bestLambda);
    List<String> out = new ArrayList<>();
    out.add("# Other-wording decision: logistic regression, written by org.storyfuse.eval.OtherWordingTrainer");
    out.add(String.format(Locale.ROOT, "# %d labelled tune pairs (%d same), groups %s; lambda %.1f; CV (grouped by topic) "
        + "at the threshold: %d kept, %d same (%.1f%%)", data.size(), same, groups, bestLambda, bestPoint.kept(),
        bestPoint.same(), 100 * bestPoint.precision()));
    out.add(String.format(Locale.ROOT, "bias\t%.4f", model.bias()));
    out.add(String.format(Locale.ROOT, "threshold\t%.4f", bestPoint.threshold()));
    for (int i = 0; i < FEATURES.size(); i++) {
      out.add(String.format(Locale.ROOT, "%s\t%.4f", FEATURES.get(i), model.weights()[i]));
    }
    Files.write(Path.of(args[2]), out, StandardCharsets.UTF_8);
    out.forEach(System.out::println);
  }

  private static double[] withBias(double[] x) {
    double[] out = java.util.Arrays.copyOf(x, x.length + 1);
    out[x.length] = 1;
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
