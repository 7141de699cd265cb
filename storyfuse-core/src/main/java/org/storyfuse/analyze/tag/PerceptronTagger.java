package org.storyfuse.analyze.tag;

import java.util.List;


/**
 * Tags a sentence left to right, each token by the highest-scoring class of its features given
 * the tags already chosen (greedy decoding, as in Collins' and Honnibal's averaged-perceptron
 * taggers). BIO labels are kept well-formed: "I-X" is only taken after "B-X" or "I-X". Thread-safe.
 */
public final class PerceptronTagger {

  private final PerceptronModel model;
  private final FeatureTemplates templates;
  /** allowed[previous + 1][next]: previous -1 is the sentence start. */
  private final boolean[][] allowed;

  PerceptronTagger(PerceptronModel model, FeatureTemplates templates) {
    if (!model.templates().equals(templates.name())) {
      throw new IllegalArgumentException("model trained with templates '" + model.templates()
          + "', given '" + templates.name() + "'");
    }
    this.model = model;
    this.templates = templates;
    this.allowed = transitions(model.classes());
  }

  /** The POS tagger of a model trained with {@link PosFeatures}. */
  public static PerceptronTagger pos(PerceptronModel model) {
    return new PerceptronTagger(model, new PosFeatures());
  }

  /** The entity tagger of a model trained with {@link NerFeatures}. */
  public static PerceptronTagger ner(PerceptronModel model) {
    return new PerceptronTagger(model, new NerFeatures());
  }

  /** allowed[previous + 1][next] for BIO classes; every move is allowed between other tags. */
  static boolean[][] transitions(List<String> classes) {
    int n = classes.size();
    boolean[][] allowed = new boolean[n + 1][n];
    for (int prev = -1; prev < n; prev++) {
      for (int next = 0; next < n; next++) {
        String to = classes.get(next);
        boolean ok = true;
        if (to.startsWith("I-")) {
          String from = prev < 0 ? "O" : classes.get(prev);
          ok = from.length() > 2 && (from.startsWith("B-") || from.startsWith("I-"))
              && from.substring(2).equals(to.substring(2));
        }
        allowed[prev + 1][next] = ok;
      }
    }
    return allowed;
  }

  /** The tags of a sentence's words. */
  public String[] tag(String[] words) {
    return tag(words, null);
  }

  /**
   * The tags of a sentence's words, given their POS tags (the NER templates read them) or null.
   */
  public String[] tag(String[] words, String[] pos) {
    int[] tags = tagIndices(Tokens.of(words, pos, model, templates));
    String[] out = new String[words.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = model.className(tags[i]);
    }
    return out;
  }

  int[] tagIndices(Tokens tokens) {
    return decode(tokens, null, -1);
  }

  /**
   * How surely an entity tagger reads each token as outside any name: the margin by which class
   * "O" beats the best other allowed class in greedy decoding (negative where another class wins).
   * Scores are the perceptron's raw sums, so a threshold on a margin is the model's own scale; a
   * word the model always tags "O" has an infinite margin.
   *
   * @param pos the sentence's POS tags (the entity templates read them), or null
   */
  public double[] outsideMargins(String[] words, String[] pos) {
    int outside = model.classes().indexOf("O");
    if (outside < 0) {
      throw new IllegalStateException("not an entity model: it has no class 'O'");
    }
    double[] margins = new double[words.length];
    decode(Tokens.of(words, pos, model, templates), margins, outside);
    return margins;
  }

  /**
   * Greedy decoding, left to right. With {@code margins}, also each token's margin of class {@code
   * outside} over the best other class allowed there.
   */
  private int[] decode(Tokens tokens, double[] margins, int outside) {
    String[] norms = tokens.norms();
    int[] tags = new int[tokens.size()];
    long[] features = new long[FeatureTemplates.MAX_FEATURES];
    float[] scores = new float[model.classCount()];
    for (int i = 0; i < tags.length; i++) {
      int fixed = model.fixedClass(norms[i]);
      if (fixed >= 0) {
        tags[i] = fixed;
        if (margins != null) {
          margins[i] = fixed == outside ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        continue;
      }
      java.util.Arrays.fill(scores, 0f);
      int count = templates.features(tokens, tags, i, features);
      model.score(features, count, scores);
      boolean[] ok = allowed[i == 0 ? 0 : tags[i - 1] + 1];
      tags[i] = best(scores, ok);
      if (margins != null) {
        margins[i] = margin(scores, ok, outside);
      }
    }
    return tags;
  }

  /** How far class {@code outside} scores above the best other allowed class (infinite when none is allowed). */
  private static double margin(float[] scores, boolean[] ok, int outside) {
    double margin = Double.POSITIVE_INFINITY;
    for (int c = 0; c < scores.length; c++) {
      if (c != outside && ok[c]) {
        margin = Math.min(margin, (double) scores[outside] - scores[c]);
      }
    }
    return margin;
  }

  /** The best allowed class; ties go to the lower index, so the result is deterministic. */
  static int best(float[] scores, boolean[] ok) {
    int best = -1;
    for (int c = 0; c < scores.length; c++) {
      if (ok[c] && (best < 0 || scores[c] > scores[best])) {
        best = c;
      }
    }
    return best;
  }

  PerceptronModel model() {
    return model;
  }
}
