package org.storyfuse.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The learned join decision: per level, a logistic regression over the {@link #FEATURES} of two
 * groups of articles (average link: each feature is the mean over article pairs), and the logit an
 * average pair must reach for the two to be joined. Trained by {@code storyfuse eval
 * train-clustering} on labelled pairs (docs/CLUSTERING.md); the shipped weights are the resource
 * {@code join-model.json} beside this class.
 *
 * @param event     same event: one development, usually a day or two (time gap is a feature)
 * @param storyline same storyline: a thread that can run for months (time is not a feature: it
 *                  must not by itself split a storyline)
 * @param note      how the weights were made (data, command), for people reading the file
 */
public record JoinModel(Weights event, Weights storyline, String note) {

  /**
   * The pair features, each the mean over article pairs of the two groups:
   * <ol start="0">
   *   <li>{@code body}: TF-IDF cosine of title and body terms;</li>
   *   <li>{@code lead}: TF-IDF cosine of title and lead terms;</li>
   *   <li>{@code entities}: idf-weighted cosine of entity keys;</li>
   *   <li>{@code covered}: share (idf-weighted) of one side's title and lead names that the other
   *       mentions anywhere, averaged both ways;</li>
   *   <li>{@code named}: share of the articles that name anyone in title or lead (so that
   *       {@code named − covered} is the weight of names the other side lacks: a different town,
   *       victim, team, company);</li>
   *   <li>{@code numbers}: idf-weighted cosine of the numbers;</li>
   *   <li>{@code log_gap}: ln(1 + days between the two publication days, at most 30), 0 when either is undated
   *       (an undated report is neither favoured nor held back: there is deliberately no "both
   *       dated" feature, which on ECB+ learns that dated reports — one half of each topic — go
   *       together);</li>
   *   <li>{@code dense}: cosine of the sentence embeddings of title and lead (MiniLM), 0 without;</li>
   *   <li>{@code headline_any}: share of the pairs in which at least one side is only a headline,
   *       and</li>
   *   <li>{@code headline_both}: share of the pairs in which both are: the regime of the pair.
   *       Two headlines of one story share fewer terms and names than two full reports do, so
   *       the same feature values mean more there; these let the model learn by how much;</li>
   *   <li>{@code headline_lead}, {@code headline_dense}: the {@code lead} and {@code dense}
   *       similarities summed over the pairs with a headline side only (divided by all pairs), so
   *       that in that regime the headlines' own similarity gets weights of its own (for full
   *       articles the model leans on names and bodies, which a headline hardly has). A model file
   *       without these four weighs them 0;</li>
   *   <li>{@code rare_numbers}: the numbers both sides state, each weighing (idf / its ceiling)²,
   *       per unit of the two sides' number lengths: where {@code numbers}, a cosine, rates two
   *       pages that share only "2025" or "10" as alike as two reports that share a death toll, this
   *       counts a number most of the collection states for little. A model file without it weighs
   *       it 0.</li>
   * </ol>
   */
  public static final List<String> FEATURES =
      List.of("body", "lead", "entities", "covered", "named", "numbers", "log_gap", "dense", "headline_any",
          "headline_both", "headline_lead", "headline_dense", "rare_numbers");

  public static final int BODY = 0;
  public static final int LEAD = 1;
  public static final int ENTITIES = 2;
  public static final int COVERED = 3;
  public static final int NAMED = 4;
  public static final int NUMBERS = 5;
  public static final int LOG_GAP = 6;
  public static final int DENSE = 7;
  public static final int HEADLINE_ANY = 8;
  public static final int HEADLINE_BOTH = 9;
  public static final int HEADLINE_LEAD = 10;
  public static final int HEADLINE_DENSE = 11;
  public static final int RARE_NUMBERS = 12;

  /**
   * One level's decision.
   *
   * @param bias      intercept of the logistic regression
   * @param weights   one per {@link #FEATURES} entry (0 for a feature the level does not use)
   * @param threshold two groups join when the mean pair logit reaches this (chosen by
   *                  cross-validation over topics; 0 would be "more likely than not")
   */
  public record Weights(double bias, double[] weights, double threshold) {
    public Weights {
      Objects.requireNonNull(weights, "weights");
      if (weights.length != FEATURES.size()) {
        throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
      }
      weights = weights.clone();
    }

    /** A copy: the weights stay as trained. */
    @Override
    public double[] weights() {
      return weights.clone();
    }

    public double logit(double[] features) {
      double z = bias;
      for (int i = 0; i < weights.length; i++) {
        z += weights[i] * features[i];
      }
      return z;
    }

    public boolean usesTime() {
      return weights[LOG_GAP] != 0;
    }

    public Weights withThreshold(double t) {
      return new Weights(bias, weights, t);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Weights w && w.bias == bias && w.threshold == threshold && Arrays.equals(w.weights, weights);
    }

    @Override
    public int hashCode() {
      return Objects.hash(bias, threshold, Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
      return "Weights[bias=" + bias + ", weights=" + Arrays.toString(weights) + ", threshold=" + threshold + "]";
    }
  }

  public JoinModel {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(storyline, "storyline");
    if (storyline.usesTime()) {
      throw new IllegalArgumentException("the storyline level must not weigh time: it may not split a storyline");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JoinModel SHIPPED = resource("join-model.json");
  private static final JoinModel SHIPPED_LEXICAL = resource("join-model-lexical.json");

  /**
   * The weights that ship with Storyfuse (resource {@code join-model.json}): they weigh the
   * similarity of sentence embeddings of title and lead, so the clusterer needs an embedder.
   */
  public static JoinModel shipped() {
    return SHIPPED;
  }

  /** The shipped weights trained without sentence embeddings ({@code join-model-lexical.json}). */
  public static JoinModel shippedLexical() {
    return SHIPPED_LEXICAL;
  }

  private static JoinModel resource(String name) {
    try (InputStream in = JoinModel.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the clustering model " + name + " is missing from the classpath");
      }
      return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JoinModel read(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<String> names = new java.util.ArrayList<>();
      root.path("features").forEach(n -> names.add(n.asText()));
      if (!FEATURES.containsAll(names)) {
        throw new IllegalArgumentException("model features " + names + " are not " + FEATURES);
      }
      return new JoinModel(weights(root.path("event")), weights(root.path("storyline")), root.path("note").asText(""));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a clustering model: " + e.getMessage(), e);
    }
  }

  private static Weights weights(JsonNode n) {
    double[] w = new double[FEATURES.size()];
    JsonNode ws = n.path("weights");
    for (int i = 0; i < w.length; i++) {
      w[i] = ws.path(FEATURES.get(i)).asDouble(0);
    }
    return new Weights(n.path("bias").asDouble(), w, n.path("threshold").asDouble());
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("note", note);
    ArrayNode f = root.putArray("features");
    FEATURES.forEach(f::add);
    root.set("event", node(event));
    root.set("storyline", node(storyline));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode node(Weights w) {
    ObjectNode n = JSON.createObjectNode();
    n.put("bias", round(w.bias()));
    n.put("threshold", round(w.threshold()));
    ObjectNode ws = n.putObject("weights");
    for (int i = 0; i < FEATURES.size(); i++) {
      ws.put(FEATURES.get(i), round(w.weights()[i]));
    }
    return n;
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  /** Whether either level weighs sentence embeddings (then the clusterer needs an embedder). */
  public boolean usesDense() {
    return event.weights[DENSE] != 0 || storyline.weights[DENSE] != 0;
  }

  public JoinModel withThresholds(double eventThreshold, double storylineThreshold) {
    return new JoinModel(event.withThreshold(eventThreshold), storyline.withThreshold(storylineThreshold), note);
  }
}
