package org.storyfuse.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A learned keep-or-drop decision over the collector's paragraphs, from {@link ParagraphFeatures}:
 * a logistic regression or boosted trees, trained on labelled pages by {@code storyfuse eval
 * train-extraction} and shipped as {@code paragraph-filter.tsv}. A paragraph goes when its
 * probability of being the article's is below the file's threshold. Features are named in the
 * file, so a file from an older feature list still reads (a missing feature weighs 0, and a split
 * on it reads 0). Immutable, thread-safe.
 *
 * <p>The file: {@code threshold<TAB>t}; then either one {@code name<TAB>weight} line per feature
 * (logistic), or {@code base<TAB>score} and one {@code node<TAB>tree<TAB>feature<TAB>cut<TAB>left
 * <TAB>right<TAB>value} line per tree node in order (a leaf has feature "-"); '#' starts a comment.
 */
public final class ParagraphFilter {

  /** Keeps every paragraph: the extractor as it was before the filter. */
  public static final ParagraphFilter NONE = new ParagraphFilter(null, 0, List.of(), 0);

  static final String RESOURCE = "paragraph-filter.tsv";

  private static final ParagraphFilter SHIPPED = load();

  /** A tree node: a split ({@code feature >= 0}, left when the value is at most {@code cut}) or a leaf. */
  public record Node(int feature, double cut, int left, int right, double value) {}

  private final double[] weights;
  private final double base;
  private final List<Node[]> trees;
  private final double threshold;

  private ParagraphFilter(double[] weights, double base, List<Node[]> trees, double threshold) {
    this.weights = weights;
    this.base = base;
    this.trees = trees;
    this.threshold = threshold;
  }

  /** The filter shipped with the product ({@value #RESOURCE}). */
  public static ParagraphFilter shipped() {
    return SHIPPED;
  }

  /** A logistic filter with {@code weights} in {@link HtmlArticleExtractor#featureNames()} order. */
  public static ParagraphFilter of(double[] weights, double threshold) {
    if (weights.length != ParagraphFeatures.names().size()) {
      throw new IllegalArgumentException("expected " + ParagraphFeatures.names().size() + " weights");
    }
    return new ParagraphFilter(weights.clone(), 0, List.of(), threshold);
  }

  /** A boosted-trees filter: {@code base} plus the leaves {@code trees} lead to is the log-odds. */
  public static ParagraphFilter ofTrees(double base, List<Node[]> trees, double threshold) {
    List<Node[]> copy = new ArrayList<>();
    for (Node[] t : trees) {
      copy.add(t.clone());
    }
    return new ParagraphFilter(new double[0], base, List.copyOf(copy), threshold);
  }

  /** Reads the file's format (see the class comment). */
  public static ParagraphFilter parse(String tsv) {
    List<String> names = ParagraphFeatures.names();
    double[] w = new double[names.size()];
    double threshold = 0;
    double base = 0;
    boolean isTrees = false;
    List<List<Node>> trees = new ArrayList<>();
    String[] lines = tsv.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      try {
        switch (c[0]) {
          case "threshold" -> threshold = Double.parseDouble(c[1]);
          case "base" -> {
            base = Double.parseDouble(c[1]);
            isTrees = true;
          }
          case "node" -> {
            int tree = Integer.parseInt(c[1]);
            while (trees.size() <= tree) {
              trees.add(new ArrayList<>());
            }
            int f = c[2].equals("-") ? -1 : names.indexOf(c[2]);
            double cut = Double.parseDouble(c[3]);
            if (f < 0 && !c[2].equals("-")) {
              // a feature this version lacks reads as 0: the split always goes one way, which a split
              // on the constant feature (always 1) reproduces
              f = names.indexOf("bias");
              cut = 0 <= cut ? 1 : 0;
            }
            trees.get(tree).add(new Node(f, cut, Integer.parseInt(c[4]), Integer.parseInt(c[5]),
                Double.parseDouble(c[6])));
          }
          default -> {
            if (names.indexOf(c[0]) >= 0) {
              w[names.indexOf(c[0])] = Double.parseDouble(c[1]);
            }
          }
        }
      } catch (RuntimeException e) { // a cell missing or not a number: say where
        throw new IllegalArgumentException("paragraph filter, line " + number + " (" + line.strip() + "): "
            + (e instanceof ArrayIndexOutOfBoundsException ? "too few cells" : e.getMessage()), e);
      }
    }
    if (!isTrees) {
      return new ParagraphFilter(w, 0, List.of(), threshold);
    }
    List<Node[]> out = new ArrayList<>();
    for (List<Node> t : trees) {
      out.add(t.toArray(new Node[0]));
    }
    return new ParagraphFilter(new double[0], base, List.copyOf(out), threshold);
  }

  /** The file {@link #parse} reads, {@code header} as comment lines first. */
  public String toTsv(String header) {
    StringBuilder sb = new StringBuilder();
    for (String h : header.split("\\R")) {
      sb.append("# ").append(h).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "threshold\t%s%n", threshold));
    List<String> names = ParagraphFeatures.names();
    if (trees.isEmpty()) {
      for (int i = 0; i < names.size(); i++) {
        sb.append(names.get(i)).append('\t').append(weights[i]).append('\n');
      }
      return sb.toString();
    }
    sb.append("base\t").append(base).append('\n');
    for (int t = 0; t < trees.size(); t++) {
      for (Node n : trees.get(t)) {
        sb.append("node\t").append(t).append('\t').append(n.feature() < 0 ? "-" : names.get(n.feature()))
            .append('\t').append(n.cut()).append('\t').append(n.left()).append('\t').append(n.right())
            .append('\t').append(n.value()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The probability that a paragraph with {@code features} is the article's. */
  public double probability(double[] features) {
    if (weights == null) {
      return 1;
    }
    double z = base;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    for (Node[] t : trees) {
      int n = 0;
      while (t[n].feature() >= 0) {
        n = features[t[n].feature()] <= t[n].cut() ? t[n].left() : t[n].right();
      }
      z += t[n].value();
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether a paragraph with {@code features} stays in the article. */
  public boolean keeps(double[] features) {
    return weights == null || probability(features) >= threshold;
  }

  /**
   * The shipped file. Missing or unreadable, it is a broken build, not a reason to extract without
   * the filter unannounced (every page would quietly keep the furniture the filter drops).
   */
  private static ParagraphFilter load() {
    try (InputStream in = ParagraphFilter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the paragraph filter " + RESOURCE + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the paragraph filter " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
