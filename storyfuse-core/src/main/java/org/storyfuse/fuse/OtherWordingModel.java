package org.storyfuse.fuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a sentence aligned with a claim's shown words states the same fact rather than only the same
 * topic: a logistic regression over {@link OtherWordingFeatures}, its weights and operating point read
 * from {@value #RESOURCE} (written by {@code org.storyfuse.eval.OtherWordingTrainer} from hand labels;
 * docs/EVALUATION.md, "learned other-wording decision"). The operating point was chosen for precision:
 * a wrong "in other words" line tells the reader a source reports a fact it does not; a true one
 * dropped only costs a corroboration.
 */
final class OtherWordingModel {

  static final String RESOURCE = "other-wording-model.tsv";

  /** The model the product uses. */
  static final OtherWordingModel DEFAULT = read(OtherWordingModel.class.getResourceAsStream(RESOURCE));

  private final double bias;
  private final double threshold;
  /** Weight per feature index of {@link OtherWordingFeatures#NAMES} (0 for features the model leaves out). */
  private final double[] weights;

  OtherWordingModel(double bias, double threshold, Map<String, Double> weights) {
    this.bias = bias;
    this.threshold = threshold;
    this.weights = new double[OtherWordingFeatures.NAMES.size()];
    weights.forEach((name, w) -> {
      int i = OtherWordingFeatures.NAMES.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no feature " + name + " (known: " + OtherWordingFeatures.NAMES + ")");
      }
      this.weights[i] = w;
    });
  }

  /** The probability that the pair states the same fact. */
  double probability(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  boolean sameFact(double[] features) {
    return probability(features) >= threshold;
  }

  /**
   * Lines "name TAB value": {@code bias}, {@code threshold}, then one per feature used; '#' starts a
   * comment line.
   */
  static OtherWordingModel read(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Double> values = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(line.split("\t"));
        values.put(cells.get(0).strip(), Double.parseDouble(cells.get(1).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Double bias = values.remove("bias");
    Double threshold = values.remove("threshold");
    if (bias == null || threshold == null) {
      throw new IllegalStateException(RESOURCE + " needs a bias and a threshold");
    }
    return new OtherWordingModel(bias, threshold, values);
  }
}
